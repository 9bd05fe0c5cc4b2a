import { addons } from 'storybook/manager-api';

// Storybook 10's own zoom tool renders a popover without an accessible label and logs "The 'ariaLabel' prop on
// 'PopoverProvider' will become mandatory" on every load. Zooming a component kit's stories is not worth a
// warning that hides real ones, so the tool is hidden until Storybook labels it.
addons.setConfig({ toolbar: { zoom: { hidden: true } } });
