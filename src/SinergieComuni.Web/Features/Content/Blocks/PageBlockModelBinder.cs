using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Binds a posted block as the class named by its <c>Kind</c> field; an unknown kind binds nothing.</summary>
public sealed class PageBlockModelBinder(IReadOnlyDictionary<string, (ModelMetadata Metadata, IModelBinder Binder)> binders) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var kindName = ModelNames.CreatePropertyModelName(bindingContext.ModelName, nameof(PageBlock.Kind));
        var kind = bindingContext.ValueProvider.GetValue(kindName).FirstValue;
        if (kind is null || !binders.TryGetValue(kind, out var entry))
        {
            bindingContext.Result = ModelBindingResult.Failed();
            return;
        }

        var inner = DefaultModelBindingContext.CreateBindingContext(
            bindingContext.ActionContext, bindingContext.ValueProvider, entry.Metadata, bindingInfo: null, bindingContext.ModelName);
        await entry.Binder.BindModelAsync(inner);
        bindingContext.Result = inner.Result;
        if (inner.Result.IsModelSet && inner.Result.Model is not null)
        {
            bindingContext.ValidationState[inner.Result.Model] = new ValidationStateEntry { Metadata = entry.Metadata };
        }
    }
}
