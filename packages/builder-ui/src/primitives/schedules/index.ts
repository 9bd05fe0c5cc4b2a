export {
  ScheduleListPrimitiveRoot as Root,
  ScheduleListPrimitiveStatus as Status,
  ScheduleListPrimitiveTable as Table,
  useScheduleList,
  type ScheduleListContextValue,
  type ScheduleListState,
  type ScheduleListPrimitiveRootProps as RootProps,
} from './schedule-list.js';
export {
  ScheduleEditorPrimitive as Editor,
  type ScheduleEditorPrimitiveRootProps as EditorProps,
  type ScheduleDraft,
} from './schedule-editor.js';
