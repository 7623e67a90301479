import * as lark from '@larksuiteoapi/node-sdk';
import { sdkLogger } from "./sdk-logger.js";
const headerFields = ['event_id', 'event_type', 'create_time', 'token', 'app_id', 'tenant_key'];
/**
 * The SDK hands handlers a flattened event (header fields mixed into the event); the envelope is rebuilt so the
 * long connection goes through the very same pipeline as webhook deliveries. The connection itself is the
 * authentication here: frames carry no signature.
 */
export function envelopeFromFlattened(data, eventType) {
    const header = { event_type: eventType };
    const event = {};
    for (const [key, value] of Object.entries(data)) {
        if (headerFields.includes(key) && key !== 'token')
            header[key] = value;
        else if (key !== 'schema' && key !== 'event_type')
            event[key] = value;
    }
    // For card callbacks `token` is the card's update token (the SDK overwrote the header's); it belongs to the event.
    if (typeof data.token === 'string')
        event.token = data.token;
    return { schema: '2.0', header, event };
}
export async function startLongConnection(credentials, pipeline, logger) {
    // The SDK's WSClient silently does nothing for an app id of another shape; say so instead of waiting forever.
    if (!/^cli_[0-9a-fA-F]{16}$/.test(credentials.appId)) {
        logger.error({ appId: credentials.appId }, 'LARK_APP_ID does not look like a Lark app id (cli_ followed by 16 hex digits): the long connection (LARK_EVENT_MODE=ws) will not connect');
    }
    const handle = (eventType) => async (data) => (await pipeline.receiveEnvelope(envelopeFromFlattened(data, eventType))).body;
    const dispatcher = new lark.EventDispatcher({ logger: sdkLogger(logger, [credentials.appSecret]), loggerLevel: lark.LoggerLevel.warn }).register({
        'im.message.receive_v1': handle('im.message.receive_v1'),
        // Missing from the SDK's typings but dispatched all the same (SDK issues #98, #156).
        ...{ 'card.action.trigger': handle('card.action.trigger') },
    });
    const client = new lark.WSClient({
        appId: credentials.appId,
        appSecret: credentials.appSecret,
        domain: credentials.domain,
        logger: sdkLogger(logger, [credentials.appSecret]),
        loggerLevel: lark.LoggerLevel.warn,
    });
    await client.start({ eventDispatcher: dispatcher });
    return { close: () => client.close({ force: true }) };
}
//# sourceMappingURL=long-connection.js.map