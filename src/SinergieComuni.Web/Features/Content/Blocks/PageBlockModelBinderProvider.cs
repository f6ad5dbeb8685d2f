using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Gives <see cref="PageBlock"/> its polymorphic binder (registered in ContentFeature).</summary>
public sealed class PageBlockModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(PageBlock))
        {
            return null;
        }

        var binders = new Dictionary<string, (ModelMetadata, IModelBinder)>(StringComparer.Ordinal);
        foreach (var kind in PageBlockKinds.All)
        {
            var metadata = context.MetadataProvider.GetMetadataForType(kind.BlockType);
            binders[kind.Key] = (metadata, context.CreateBinder(metadata));
        }

        return new PageBlockModelBinder(binders);
    }
}
