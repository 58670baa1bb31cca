export { decodeBase64, encodeBase64, type BytesInput } from './encoding';
export { getHeader, type HeadersLike } from './headers';
export { generateSecret, SECRET_PREFIX } from './standard-secret';
export {
  signStandard,
  verifyStandard,
  STANDARD_HEADERS,
  type SignStandardInput,
  type VerifyStandardInput,
  type VerifyStandardResult,
} from './standard-webhooks';
export { DEFAULT_TOLERANCE_SECONDS } from './timestamped-signature';
export type { MacFunction } from './hmac';
export { signGithub, verifyGithub, GITHUB_HEADERS, type VerifyGithubInput, type VerifyGithubResult } from './github';
export { verifyGitlab, GITLAB_HEADERS, type VerifyGitlabInput, type VerifyGitlabResult } from './gitlab';
export { signMlflow, verifyMlflow, MLFLOW_HEADERS, type VerifyMlflowInput, type VerifyMlflowResult } from './mlflow';
export {
  verifyDelivery,
  detectScheme,
  ALL_SCHEMES,
  type WebhookScheme,
  type VerifyDeliveryInput,
  type VerifyDeliveryResult,
  type VerifiedDelivery,
} from './verify-delivery';
export type { VerifyFailure, VerifyFailureReason } from './verify-result';
export {
  importServerKey,
  encryptSecret,
  decryptSecret,
  SecretBoxError,
  SECRET_BOX_HKDF_SALT,
  SECRET_BOX_HKDF_INFO,
} from './secret-box';
export {
  nextAttempt,
  parseRetryAfter,
  maxAttempts,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  type NextAttemptInput,
  type NextAttemptDecision,
} from './retry-policy';
export { signOutbound, type SignOutboundInput } from './sign-outbound';
export { checkTargetUrl, type TargetUrlCheck, type TargetUrlOptions, type TargetUrlRefusal } from './target-url';
export { classifyAddress, isPrivateAddress, type AddressClass, type AddressKind } from './ip-address';
