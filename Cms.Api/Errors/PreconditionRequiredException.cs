namespace Cms.Api.Errors;

/// <summary>
/// A replace or delete came without If-Match. Writing blind could silently undo someone
/// else's edit, so the API asks for the version the editor saw (428).
/// </summary>
internal sealed class PreconditionRequiredException()
    : Exception("Send If-Match with the ETag (version) you loaded, or If-Match: * to overwrite whatever is current.");
