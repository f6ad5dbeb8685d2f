using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>An accepted upload waiting to be stored with its entry: its real type, a safe name and its bytes.</summary>
public sealed record PostedFile(string FieldKey, string FileName, FileInspector.Kind Kind, byte[] Bytes);
