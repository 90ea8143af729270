namespace Cms.Api.Common;

/// <summary>Numbered-page parameters, already validated (page ≥ 1, pageSize ≥ 1).</summary>
public sealed record PageQuery
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public int EffectivePage => Page ?? 1;

    /// <summary>Oversized pages are capped rather than refused: a client asking for 500 gets 100.</summary>
    public int EffectiveSize => Math.Min(PageSize ?? DefaultSize, MaxSize);
}
