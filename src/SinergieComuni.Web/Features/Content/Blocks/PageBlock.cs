using System.Text.Json.Serialization;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>
/// One block of a page, stored in the page's JSON with its kind as the "type" discriminator. The editor form posts the
/// kind as <c>Document.Blocks[i].Kind</c> (see <see cref="PageBlockModelBinder"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RichTextBlock), PageBlockKinds.RichText)]
[JsonDerivedType(typeof(ImageBlock), PageBlockKinds.Image)]
[JsonDerivedType(typeof(ImageTextBlock), PageBlockKinds.ImageText)]
[JsonDerivedType(typeof(CallToActionBlock), PageBlockKinds.CallToAction)]
[JsonDerivedType(typeof(AccordionBlock), PageBlockKinds.Accordion)]
[JsonDerivedType(typeof(CardGridBlock), PageBlockKinds.CardGrid)]
[JsonDerivedType(typeof(DocumentListBlock), PageBlockKinds.DocumentList)]
[JsonDerivedType(typeof(FormBlock), PageBlockKinds.Form)]
[JsonDerivedType(typeof(ServiceMapBlock), PageBlockKinds.ServiceMap)]
[JsonDerivedType(typeof(CalloutBlock), PageBlockKinds.Callout)]
public abstract class PageBlock
{
    /// <summary>The discriminator, for forms and views; in JSON it is the "type" property.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Makes every rich-text field safe (called on save and before rendering).</summary>
    public virtual void Sanitise(RichTextSanitizer sanitizer)
    {
    }

    /// <summary>Drops the empty rows the editor shows for adding (accordion entries, chosen items).</summary>
    public virtual void Tidy()
    {
    }
}
