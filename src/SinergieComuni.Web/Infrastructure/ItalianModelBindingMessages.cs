using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>Model-binding errors in Italian, so that a malformed form value never shows an English message.</summary>
public static class ItalianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Il valore «{value}» non è valido per {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Manca un valore per {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Il valore è obbligatorio.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Il corpo della richiesta è obbligatorio.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Il valore «{value}» non è valido.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Il valore inserito non è valido.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Il campo deve contenere un numero.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Il valore inserito non è valido per {field}.");
        messages.SetValueIsInvalidAccessor(value => $"Il valore «{value}» non è valido.");
        messages.SetValueMustBeANumberAccessor(field => $"Il campo {field} deve contenere un numero.");
        messages.SetValueMustNotBeNullAccessor(value => "Il valore è obbligatorio.");
    }
}
