namespace SinergieComuni.Web.Features.Content;

/// <summary>Where an item stands in the approval loop between partner staff and editors.</summary>
public enum ReviewState
{
    None,

    /// <summary>"Da approvare": a partner representative submitted changes.</summary>
    Submitted,

    /// <summary>"Rimandato": an editor sent the changes back with a comment.</summary>
    SentBack,
}
