using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>
/// The form editor, /backoffice/moduli/nuova and /backoffice/moduli/{id}: title and address, the question builder
/// (form-builder.js), the settings and, for a saved form, the workflow panel.
/// </summary>
public sealed partial class FormEditorPage(IPage page)
{
    public const string NewPath = "/backoffice/moduli/nuova";

    public IPage Page => page;

    public ILocator Heading => page.Locator(Selectors.Heading);

    public ILocator Title => page.Locator(Selectors.Title);

    public ILocator StatusMessage => page.Locator(Selectors.StatusMessage);

    public ILocator FormErrors => page.Locator(Selectors.FormErrors);

    public ILocator Builder => page.Locator(Selectors.Builder);

    public ILocator Announcer => page.Locator(Selectors.Announcer);

    public ILocator WorkflowStatus => page.Locator(Selectors.WorkflowStatus);

    public ILocator Pages => page.Locator(Selectors.Page);

    /// <summary>The questions' names in the order of the form, as the builder lists them.</summary>
    public ILocator FieldLabels => page.Locator(Selectors.FieldLabel);

    public async Task<IResponse> GotoNewAsync() => await page.GotoAsync(NewPath) ?? throw new InvalidOperationException($"No response for {NewPath}.");

    public Guid ItemId()
    {
        var match = EditorAddress().Match(new Uri(page.Url).AbsolutePath);
        return match.Success ? Guid.Parse(match.Groups["id"].Value) : throw new InvalidOperationException($"{page.Url} is not the editor of a saved form.");
    }

    /// <summary>The question whose name in the builder is exactly <paramref name="label"/>.</summary>
    public ILocator Field(string label) =>
        page.Locator(Selectors.Field).Filter(new LocatorFilterOptions { Has = page.Locator(Selectors.OwnLabel, new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") }) });

    public ILocator Handle(string label) => Field(label).Locator(Selectors.Handle);

    public ILocator Group(int page1, int group1) => Pages.Nth(page1 - 1).Locator(Selectors.Group).Nth(group1 - 1);

    public ILocator Button(ILocator within, string name) =>
        within.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex($"^{Regex.Escape(name)}") }).First;

    /// <summary>Chooses the type under a group, presses «Aggiungi la domanda» and types the question; the new question is open.</summary>
    public async Task<ILocator> AddFieldAsync(int page1, int group1, string typeLabel, string label)
    {
        var group = Group(page1, group1);
        await group.GetByLabel(Selectors.NewTypeLabel).SelectOptionAsync(new SelectOptionValue { Label = typeLabel });
        await Button(group, Selectors.AddFieldName).ClickAsync();
        var input = group.Locator(Selectors.FieldInGroup).Last.GetByLabel(Selectors.QuestionLabel);
        await Assertions.Expect(input).ToBeFocusedAsync();
        await input.FillAsync(label);
        return Field(label);
    }

    public async Task FillChoiceAsync(ILocator field, int number, string label)
    {
        var input = field.GetByLabel($"Testo della scelta {number}", new LocatorGetByLabelOptions { Exact = true });
        await input.FillAsync(label);
    }

    public async Task AddPageAsync()
    {
        var count = await Pages.CountAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.AddPageName, Exact = true }).ClickAsync();
        await Assertions.Expect(Pages).ToHaveCountAsync(count + 1);
    }

    /// <summary>«Mostra solo se…» the answer to <paramref name="question"/> equals the choice labelled <paramref name="choice"/>.</summary>
    public async Task ShowOnlyWhenAsync(ILocator field, string question, string choice)
    {
        await field.GetByLabel(Selectors.VisibilityLabel, new LocatorGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mostra solo se…" });
        await field.GetByLabel("Regola 1: la risposta a").SelectOptionAsync(new SelectOptionValue { Label = question });
        await field.GetByLabel("è", new LocatorGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "uguale a" });
        await field.GetByLabel("valore", new LocatorGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = choice });
    }

    /// <summary>«Sposta alla pagina…», then the destination whose name starts with <paramref name="destination"/>, then «Sposta».</summary>
    public async Task MoveToAsync(string label, string destination)
    {
        var field = Field(label);
        await Button(field, Selectors.MoveToName).ClickAsync();
        var select = field.GetByLabel(new Regex($"^Sposta .* alla fine di$"));
        await Assertions.Expect(select).ToBeFocusedAsync();
        var option = await select.Locator("option").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^{Regex.Escape(destination)}") }).GetAttributeAsync("value");
        await select.SelectOptionAsync(option!);
        await Button(field, Selectors.MoveName).ClickAsync();
    }

    /// <summary>
    /// Drags a question by its handle and drops it just above another question, with the mouse in small steps as a
    /// person would, after bringing both into view (a drag never has to scroll the page).
    /// </summary>
    public async Task DragAboveAsync(string label, string otherLabel)
    {
        var target = Field(otherLabel);
        await target.ScrollIntoViewIfNeededAsync();
        var from = await Handle(label).BoundingBoxAsync() ?? throw new InvalidOperationException($"«{label}» has no handle on screen.");
        var to = await target.BoundingBoxAsync() ?? throw new InvalidOperationException($"«{otherLabel}» is not on screen.");
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2) - 10, new MouseMoveOptions { Steps = 2 });
        await page.Mouse.MoveAsync(to.X + 40, to.Y + 4, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    public Task SaveDraftAsync() =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SaveDraftName, Exact = true }).ClickAsync();

    public Task SaveAndPublishAsync() =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SaveAndPublishName, Exact = true }).ClickAsync();

    [GeneratedRegex("^/backoffice/moduli/(?<id>[0-9a-f-]{36})$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorAddress();

    public static class Selectors
    {
        public const string Heading = "main#main-container h1";
        public const string Title = "#f-Document-Title";
        public const string StatusMessage = "[data-status-message]";
        public const string FormErrors = "[data-form-errors]";
        public const string Builder = "[data-form-builder]";
        public const string Announcer = "[data-builder-announcer]";
        public const string WorkflowStatus = "[data-workflow-panel] [data-status]";
        public const string Page = "[data-form-builder] .fb-page";
        public const string Group = ".fb-group";
        public const string Field = "[data-form-builder] .fb-field";
        public const string FieldInGroup = ".fb-field";
        public const string OwnLabel = "[data-field-label]";
        public const string FieldLabel = "[data-form-builder] [data-field-label]";
        public const string Handle = "[data-handle]";
        public const string NewTypeLabel = "Tipo della nuova domanda";
        public const string AddFieldName = "Aggiungi la domanda";
        public const string AddPageName = "Aggiungi una pagina";
        public const string QuestionLabel = "Testo della domanda (obbligatorio)";
        public const string VisibilityLabel = "Visibilità";
        public const string SaveAndPublishName = "Salva e pubblica";
        public const string SaveDraftName = "Salva bozza";
        public const string MoveToName = "Sposta alla pagina…";
        public const string MoveName = "Sposta «";
        public const string KeyLabel = "Codice della domanda";
    }
}
