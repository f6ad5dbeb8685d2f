namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>The kinds of block an editor can add, with their Italian names.</summary>
public static class PageBlockKinds
{
    public const string RichText = "richText";
    public const string Image = "image";
    public const string ImageText = "imageText";
    public const string CallToAction = "callToAction";
    public const string Accordion = "accordion";
    public const string CardGrid = "cardGrid";
    public const string DocumentList = "documentList";
    public const string Form = "form";
    public const string ServiceMap = "serviceMap";
    public const string Callout = "callout";

    public sealed record Kind(string Key, Type BlockType, string Label, Func<PageBlock> Create);

    public static IReadOnlyList<Kind> All { get; } =
    [
        new(RichText, typeof(RichTextBlock), "Testo", () => new RichTextBlock()),
        new(Image, typeof(ImageBlock), "Immagine", () => new ImageBlock()),
        new(ImageText, typeof(ImageTextBlock), "Immagine e testo", () => new ImageTextBlock()),
        new(CallToAction, typeof(CallToActionBlock), "Invito all'azione", () => new CallToActionBlock()),
        new(Accordion, typeof(AccordionBlock), "Domande frequenti (accordion)", () => new AccordionBlock()),
        new(CardGrid, typeof(CardGridBlock), "Griglia di schede", () => new CardGridBlock()),
        new(DocumentList, typeof(DocumentListBlock), "Elenco di documenti", () => new DocumentListBlock()),
        new(Form, typeof(FormBlock), "Modulo", () => new FormBlock()),
        new(ServiceMap, typeof(ServiceMapBlock), "Mappa di servizi", () => new ServiceMapBlock()),
        new(Callout, typeof(CalloutBlock), "Riquadro in evidenza (callout)", () => new CalloutBlock()),
    ];

    public static Kind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);

    public static string LabelOf(string key) => Find(key)?.Label ?? key;
}
