using System.Text.Json;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>
/// The server's conditions on the cases of condition-cases.json; the browser test runs wwwroot/js/form-conditions.js
/// on the same file, so both sides show and hide the same fields.
/// </summary>
public sealed class FormVisibilityTests
{
    public sealed record Case(string Name, Dictionary<string, string[]> Answers, string[] Hidden, string[] HiddenPages, string[] HiddenGroups);

    private sealed record CaseFile(FormDocument Definition, List<Case> Cases);

    private static readonly Lazy<CaseFile> File = new(() => JsonSerializer.Deserialize<CaseFile>(
        System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Forms", "condition-cases.json")), ContentJson.Options)!);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in File.Value.Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Conditions_show_and_hide_as_the_shared_cases_say(string name)
    {
        var form = File.Value.Definition;
        var testCase = File.Value.Cases.Single(c => c.Name == name);

        var visibility = FormVisibility.Evaluate(form, testCase.Answers);

        Assert.Equal(testCase.Hidden.Order(), form.AllFields().Where(f => !visibility.IsVisible(f)).Select(f => f.Key).Order());
        Assert.Equal(testCase.HiddenPages.Order(), form.Pages.Where(p => !visibility.IsPageVisible(p)).Select(p => p.Key).Order());
        Assert.Equal(testCase.HiddenGroups.Order(), form.Pages.SelectMany(p => p.Groups).Where(g => !visibility.IsGroupVisible(g)).Select(g => g.Key).Order());
    }

    [Fact]
    public void Rules_may_only_look_at_earlier_answerable_fields()
    {
        var form = FormFixtures.Conditional("Ordine delle condizioni");
        form.Pages[0].Groups[0].Fields[0].Condition = new FormCondition { Rules = [new FormRule { Field = "giorni", Operator = RuleOperator.IsEmpty }] };
        form.Pages[1].Condition = new FormCondition { Rules = [new FormRule { Field = "inesistente", Operator = RuleOperator.Equals, Value = "x" }] };

        var errors = FormRules.Validate(form);

        Assert.Contains("Una condizione può guardare solo una domanda che viene prima.", errors["Pages[0].Groups[0].Fields[0].Condition.Rules[0].Field"]);
        Assert.Contains("Una condizione può guardare solo una domanda che viene prima.", errors["Pages[1].Condition.Rules[0].Field"]);
    }

    [Fact]
    public void A_form_that_stores_answers_needs_a_mandatory_consent_and_unique_keys()
    {
        var form = FormFixtures.EveryType("Senza consenso");
        form.Pages[0].Groups[0].Fields.RemoveAll(f => f.Type == FormFieldType.Consent);
        form.Pages[0].Groups[0].Fields[2].Key = "nome";

        var errors = FormRules.Validate(form);

        Assert.Contains(errors["Pages"], m => m.Contains("consenso", StringComparison.Ordinal));
        Assert.Contains(errors["Pages[0].Groups[0].Fields[2].Key"], m => m.Contains("«nome» è già usato", StringComparison.Ordinal));
        Assert.Empty(FormRules.Validate(FormFixtures.EveryType()));
        Assert.Empty(FormRules.Validate(FormFixtures.Conditional()));
    }
}
