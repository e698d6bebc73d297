/** ICU MessageFormat templates: placeholder extraction and example rendering. */
import {parse, TYPE, type MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {IntlMessageFormat} from 'intl-messageformat';

export type ParsedMessage = {ok: true; placeholders: Set<string>} | {ok: false; error: string};

function collect(elements: MessageFormatElement[], into: Set<string>): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(el.value);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(el.value);
        for (const option of Object.values(el.options)) collect(option.value, into);
        break;
      case TYPE.tag:
        collect(el.children, into);
        break;
      default:
        break;
    }
  }
}

/** The named placeholders of an ICU message, including those inside plural/select. */
export function parseMessage(message: string): ParsedMessage {
  try {
    const placeholders = new Set<string>();
    collect(parse(message), placeholders);
    return {ok: true, placeholders};
  } catch (error) {
    return {ok: false, error: `not a valid ICU message: ${(error as Error).message}`};
  }
}

/** Renders an ICU message with concrete values, e.g. for example responses. */
export function formatMessage(message: string, values: Record<string, string | number | boolean>, locale = 'en'): string {
  return String(new IntlMessageFormat(message, locale).format(values));
}
