/**
 * MLflow's error codes (mlflow/protos/databricks.proto) with the statuses MLflow's server gives
 * them (mlflow/exceptions.py ERROR_CODE_TO_HTTP_STATUS), raised as the hub's one ApiError type.
 */
import { ApiError } from '../../errors';

export const MLFLOW_STATUS = {
  INVALID_PARAMETER_VALUE: 400,
  RESOURCE_ALREADY_EXISTS: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  RESOURCE_DOES_NOT_EXIST: 404,
  ENDPOINT_NOT_FOUND: 404,
  REQUEST_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
} as const;
export type MlflowErrorCode = keyof typeof MLFLOW_STATUS;

export function mlflowError(code: MlflowErrorCode, message: string): ApiError {
  return new ApiError(MLFLOW_STATUS[code], code, message);
}

export const invalidParameter = (message: string) => mlflowError('INVALID_PARAMETER_VALUE', message);

export const modelNotFound = (name: string) =>
  mlflowError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);

export const versionNotFound = (name: string, version: string | number) =>
  mlflowError('RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
