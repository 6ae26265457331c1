import Resolver from '@forge/resolver';
import { journeyHandlers } from './journey-resolver';
import { macroHandlers } from './macro-resolver';
import { meetingHandlers } from './meeting-resolver';
import { programmeHandlers } from './programme-resolver';
import { publishingHandlers } from './publishing-resolver';
import { roundTableHandlers } from './round-table-resolver';
import { strategyHandlers } from './strategy-resolver';
import { taggingHandlers } from './tagging-resolver';
import { taxonomyHandlers } from './taxonomy-resolver';

/** The resolver function shared by the user-facing surfaces. */
const resolver = new Resolver();
for (const [key, handler] of Object.entries({ ...taxonomyHandlers, ...journeyHandlers, ...programmeHandlers, ...taggingHandlers, ...publishingHandlers, ...macroHandlers, ...strategyHandlers, ...roundTableHandlers, ...meetingHandlers })) resolver.define(key, handler as never);

export const handler = resolver.getDefinitions();
