namespace SinergieComuni.Web.Features.Forms;

/// <summary>The Italian names of an entry's state, as shown and as written in addresses (?stato=letta).</summary>
public static class EntryStates
{
    public static string Label(EntryState state) => state switch
    {
        EntryState.New => "Nuova",
        EntryState.Read => "Letta",
        EntryState.Archived => "Archiviata",
        _ => state.ToString(),
    };

    public static string Code(EntryState state) => state switch
    {
        EntryState.New => "nuova",
        EntryState.Read => "letta",
        EntryState.Archived => "archiviata",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static EntryState? Parse(string? code) =>
        Enum.GetValues<EntryState>().Cast<EntryState?>().FirstOrDefault(s => Code(s!.Value) == code?.Trim().ToLowerInvariant());
}
