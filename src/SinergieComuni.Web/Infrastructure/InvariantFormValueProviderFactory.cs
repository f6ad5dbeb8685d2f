using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// Reads posted form values with the invariant culture. Browsers always send number, date and time inputs in
/// invariant form ("45.358"), which the Italian culture would misread ("45358"); Italian formatting is for display only.
/// </summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
            context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
        }
    }
}
