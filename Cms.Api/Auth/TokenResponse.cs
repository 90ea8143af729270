namespace Cms.Api.Auth;

/// <summary>Send as "Authorization: Bearer {accessToken}" until expiresAt.</summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType);
