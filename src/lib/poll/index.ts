/** Classroom polls by QR code: the door to src/lib/poll. */
export * from './crockford';
export { crc20, CRC20_FALSE_ACCEPT } from './crc20';
export * from './templates';
export * from './definition';
export * from './answerCode';
export * from './collection';
export * from './aggregate';
export * from './kanoFeatures';
