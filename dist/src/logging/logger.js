import { pino } from 'pino';
export function createLogger(level, destination) {
    return pino({ level, base: { service: 'zhian-zhushou' } }, destination ?? process.stdout);
}
//# sourceMappingURL=logger.js.map