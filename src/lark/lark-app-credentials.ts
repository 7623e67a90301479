export interface LarkAppCredentials {
  appId: string;
  appSecret: string;
  domain: string;
}
