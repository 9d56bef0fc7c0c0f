import { FIELD_KEYS, FIELDS } from '../../../src/lib/customerValue/fields';
import { describeFieldSpecs } from '../tool/fieldSpecs';

describeFieldSpecs('customer-value', FIELD_KEYS, FIELDS);
