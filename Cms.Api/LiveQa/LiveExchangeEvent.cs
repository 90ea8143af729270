using Cms.Api.Interviews;

namespace Cms.Api.LiveQa;

/// <summary>An "exchange" event: the interview's exchange at <see cref="Index"/> (0-based), newly published.</summary>
public sealed record LiveExchangeEvent(int Index, ExchangeResponse Exchange);
