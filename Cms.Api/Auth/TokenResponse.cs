using Cms.Domain.Users;

namespace Cms.Api.Auth;

/// <summary>
/// Send as "Authorization: Bearer {accessToken}" until expiresAt; before then, POST
/// /auth/refresh with it for a new one, or sign in again.
/// </summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType, string UserName, UserRole Role);
