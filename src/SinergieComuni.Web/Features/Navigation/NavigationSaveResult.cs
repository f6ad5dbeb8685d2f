namespace SinergieComuni.Web.Features.Navigation;

public enum NavigationSaveResult
{
    Saved,
    Unchanged,

    /// <summary>Someone saved the navigation after the editor opened it; nothing was stored.</summary>
    Conflict,
}
