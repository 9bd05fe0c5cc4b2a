import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { describe, paddockMetadata, type PaddockAnnotations } from '../annotations.js';
import { MINIMAL_IDS } from '../ids.js';
import { deterministicAgentModel } from '../model.js';

/** A deliberately different server: other primitives, so clients cannot assume the demo organisation. */
const FORECASTS: Record<string, { tempC: number; sky: string }> = {
  Lisbon: { tempC: 19, sky: 'sunny' },
  Oslo: { tempC: -2, sky: 'snow' },
  Nairobi: { tempC: 24, sky: 'cloudy' },
};

const weatherAnnotations: PaddockAnnotations = {
  owner: 'Platform Demo',
  risk: 'low',
  sideEffects: [],
  example: 'What is the weather in Oslo?',
  tags: ['weather'],
};

export const weatherLookupTool = createTool({
  id: MINIMAL_IDS.tools.weather,
  description: describe('Returns the (fixture) weather for a city.', weatherAnnotations),
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, ...(FORECASTS[city] ?? { tempC: 15, sky: 'unknown' }) }),
});

// Left without annotations on purpose: clients must cope with primitives that carry none.
export const unitConvertTool = createTool({
  id: MINIMAL_IDS.tools.unitConvert,
  description: 'Converts Celsius to Fahrenheit.',
  inputSchema: z.object({ celsius: z.number() }),
  execute: async ({ celsius }) => ({ fahrenheit: Math.round((celsius * 9) / 5 + 32) }),
});

export const weatherAgent = new Agent({
  id: MINIMAL_IDS.agent,
  name: 'Weather Agent',
  description: describe('Answers weather questions.', weatherAnnotations),
  metadata: paddockMetadata(weatherAnnotations),
  instructions: 'You answer weather questions using the weather tool.',
  model: deterministicAgentModel('deterministic-v1'),
  tools: { [weatherLookupTool.id]: weatherLookupTool, [unitConvertTool.id]: unitConvertTool },
});

const digestInput = z.object({ cities: z.array(z.string()).default(['Lisbon', 'Oslo']) });

const collect = createStep({
  id: 'collect-forecasts',
  inputSchema: digestInput,
  outputSchema: z.object({ lines: z.array(z.string()) }),
  execute: async ({ inputData }) => ({
    lines: (inputData.cities ?? []).map((city) => {
      const forecast = FORECASTS[city] ?? { tempC: 15, sky: 'unknown' };
      return `${city}: ${forecast.tempC} C, ${forecast.sky}`;
    }),
  }),
});

export const forecastDigestWorkflow = createWorkflow({
  id: MINIMAL_IDS.workflow,
  description: 'Builds a one-line-per-city forecast digest.',
  inputSchema: digestInput,
  outputSchema: collect.outputSchema,
})
  .then(collect)
  .commit();
