namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>The kind of a callout: "nota", "attenzione", "importante".</summary>
public enum CalloutTone
{
    Note,
    Warning,
    Important,
}
