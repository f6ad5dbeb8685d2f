using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>
/// The service card editor, /backoffice/servizi/nuova and /backoffice/servizi/{id}: the form in tabs (editor-tabs.js),
/// the save buttons under it and, for a saved card, the workflow panel beside it.
/// </summary>
public sealed partial class ServiceCardEditorPage(IPage page)
{
    public const string NewPath = "/backoffice/servizi/nuova";

    public IPage Page => page;

    public ILocator Heading => page.Locator(Selectors.Heading);

    public ILocator StatusMessage => page.Locator(Selectors.StatusMessage);

    public ILocator FormErrors => page.Locator(Selectors.FormErrors);

    public ILocator TabLinks => page.Locator(Selectors.TabLinks);

    public ILocator TabPanels => page.Locator(Selectors.TabPanels);

    /// <summary>The tab panel shown; the tabs script hides all the others.</summary>
    public ILocator VisibleTabPanels => TabPanels.Filter(new LocatorFilterOptions { Visible = true });

    public ILocator Title => page.Locator(Selectors.Title);

    public ILocator Slug => page.Locator(Selectors.Slug);

    public ILocator ShortDescription => page.Locator(Selectors.ShortDescription);

    public ILocator WorkflowPanel => page.Locator(Selectors.WorkflowPanel);

    public ILocator WorkflowStatus => page.Locator(Selectors.WorkflowStatus);

    /// <summary>Every button whose name speaks of publishing: «Pubblica…», «Salva e pubblica», «Approva e pubblica», «Ritira dalla pubblicazione».</summary>
    public ILocator PublishingButtons => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = PublishingName() });

    public static string EditPath(Guid id) => $"/backoffice/servizi/{id}";

    public async Task<IResponse> GotoNewAsync() => await page.GotoAsync(NewPath) ?? throw new InvalidOperationException($"No response for {NewPath}.");

    public async Task<IResponse> GotoAsync(Guid id) => await page.GotoAsync(EditPath(id)) ?? throw new InvalidOperationException($"No response for {EditPath(id)}.");

    /// <summary>The card's id, from the address of the editor of a saved card.</summary>
    public Guid ItemId()
    {
        var match = EditorAddress().Match(new Uri(page.Url).AbsolutePath);
        return match.Success ? Guid.Parse(match.Groups["id"].Value) : throw new InvalidOperationException($"{page.Url} is not the editor of a saved card.");
    }

    public ILocator TabLink(string label) =>
        page.Locator(Selectors.TabLinks, new PageLocatorOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(label)}\\s*$") });

    public ILocator TabPanel(string id) => page.Locator(Selectors.TabPanel(id));

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    /// <summary>Clicks a tab as a person would and waits until its panel is the one shown.</summary>
    public async Task OpenTabAsync(string label)
    {
        var link = TabLink(label);
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException($"The tab «{label}» has no href.");
        await link.ClickAsync();
        await Assertions.Expect(TabPanel(href.TrimStart('#'))).ToBeVisibleAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-current", "true");
    }

    public async Task FillMainInformationAsync(string title, string shortDescription, string category)
    {
        await Title.FillAsync(title);
        await ShortDescription.FillAsync(shortDescription);
        await page.Locator(Selectors.Category).SelectOptionAsync(category);
    }

    /// <summary>Chooses the first provider in the list that is an organisation (not «Non indicato»); returns its name.</summary>
    public async Task<string> SelectFirstOrganisationAsync()
    {
        var option = page.Locator(Selectors.OrganisationOptions).First;
        var value = await option.GetAttributeAsync("value") ?? throw new InvalidOperationException("The organisation option has no value.");
        var name = (await option.TextContentAsync())?.Trim() ?? "";
        await page.Locator(Selectors.Organisation).SelectOptionAsync(value);
        return name;
    }

    /// <summary>Ticks a municipality among «Comuni serviti»; bootstrap-italia draws the box on the label, which is what a person clicks.</summary>
    public async Task TickMunicipalityAsync(string key)
    {
        await page.Locator(Selectors.MunicipalityLabel(key)).ClickAsync();
        await Assertions.Expect(page.Locator(Selectors.MunicipalityCheckbox(key))).ToBeCheckedAsync();
    }

    public Task FillDescriptionAsync(string html) => page.Locator(Selectors.Description).FillAsync(html);

    /// <summary>«Aggiungi una sede»: the form comes back with one more venue (index <paramref name="venue"/>) and the values kept.</summary>
    public async Task AddVenueAsync(int venue)
    {
        await Button(Selectors.AddVenueName).ClickAsync();
        await Assertions.Expect(page.Locator(Selectors.VenueName(venue))).ToBeVisibleAsync();
    }

    public async Task FillVenueAsync(int venue, string name, string address, string postalCode, string municipality, string latitude, string longitude)
    {
        await page.Locator(Selectors.VenueName(venue)).FillAsync(name);
        await page.Locator(Selectors.VenueAddress(venue)).FillAsync(address);
        await page.Locator(Selectors.VenuePostalCode(venue)).FillAsync(postalCode);
        await page.Locator(Selectors.VenueMunicipality(venue)).SelectOptionAsync(municipality);
        await page.Locator(Selectors.VenueLatitude(venue)).FillAsync(latitude);
        await page.Locator(Selectors.VenueLongitude(venue)).FillAsync(longitude);
    }

    /// <summary>«Aggiungi una fascia oraria alla sede N», then the day (as shown, e.g. «martedì») and the times (HH:mm).</summary>
    public async Task AddWeeklySlotAsync(int venue, int slot, string day, string opens, string closes)
    {
        await Button(Selectors.AddSlotName(venue)).ClickAsync();
        await Assertions.Expect(page.Locator(Selectors.SlotDay(venue, slot))).ToBeVisibleAsync();
        await page.Locator(Selectors.SlotDay(venue, slot)).SelectOptionAsync(new SelectOptionValue { Label = day });
        await page.Locator(Selectors.SlotOpens(venue, slot)).FillAsync(opens);
        await page.Locator(Selectors.SlotCloses(venue, slot)).FillAsync(closes);
    }

    public Task SaveDraftAsync() => Button(Selectors.SaveDraftName).ClickAsync();

    public Task SaveAndSubmitAsync() => Button(Selectors.SaveAndSubmitName).ClickAsync();

    /// <summary>Follows «Anteprima della bozza» in the workflow panel.</summary>
    public Task OpenPreviewAsync() => WorkflowPanel.Locator(Selectors.PreviewLink).ClickAsync();

    /// <summary>
    /// Posts a workflow action (for example "Publish") straight to the server from this page's session, with the
    /// antiforgery token and revision of the editor form, as a hand-made request would; redirects are not followed.
    /// </summary>
    public async Task<IAPIResponse> PostWorkflowActionAsync(string handler)
    {
        // The token belongs to the signed-in person, not to one form: any form of the page carries a valid one.
        var token = await page.Locator(Selectors.AntiforgeryToken).First.InputValueAsync();
        var revision = await page.Locator(Selectors.EditorForm).Locator(Selectors.Revision).InputValueAsync();
        var data = page.APIRequest.CreateFormData();
        data.Set("__RequestVerificationToken", token);
        data.Set("Revision", revision);
        return await page.APIRequest.PostAsync(
            $"{new Uri(page.Url).AbsolutePath}?handler={handler}",
            new APIRequestContextOptions { Form = data, MaxRedirects = 0 });
    }

    [GeneratedRegex("pubblic", RegexOptions.IgnoreCase)]
    private static partial Regex PublishingName();

    [GeneratedRegex("^/backoffice/servizi/(?<id>[0-9a-f-]{36})$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorAddress();

    /// <summary>The tabs' labels, as the editor shows them.</summary>
    public static class Tabs
    {
        public const string Main = "Informazioni principali";
        public const string Audience = "A chi è rivolto";
        public const string Description = "Descrizione e come fare";
        public const string Times = "Tempi e scadenze";
        public const string Venues = "Sedi e orari";
        public const string Costs = "Quanto costa";
        public const string Access = "Accedi al servizio e contatti";
        public const string More = "Ulteriori informazioni";
        public const string Files = "Immagini e allegati";
    }

    public static class Selectors
    {
        public const string Heading = "main#main-container h1";
        public const string StatusMessage = "[data-status-message]";
        public const string FormErrors = "[data-form-errors]";
        public const string EditorForm = "form[data-editor-tabs]";
        public const string AntiforgeryToken = "input[name=\"__RequestVerificationToken\"]";
        public const string Revision = "input[name=\"Revision\"]";
        public const string TabLinks = "[data-tab-link]";
        public const string TabPanels = "[data-tab-panel]";
        public const string Title = "#f-Document-Title";
        public const string Slug = "#f-Document-Slug";
        public const string ShortDescription = "#f-Document-ShortDescription";
        public const string Category = "#f-category";
        public const string Organisation = "#f-organisation";
        public const string OrganisationOptions = "#f-organisation option:not([value=\"\"])";
        public const string Description = "#f-Document-Description";
        public const string WorkflowPanel = "[data-workflow-panel]";
        public const string WorkflowStatus = "[data-workflow-panel] [data-status]";
        public const string PreviewLink = "[data-preview-link]";
        public const string SaveDraftName = "Salva bozza";
        public const string SaveAndPublishName = "Salva e pubblica";
        public const string SaveAndSubmitName = "Salva e invia per approvazione";
        public const string ApproveAndPublishName = "Approva e pubblica";
        public const string SendBackName = "Rimanda con commento";
        public const string UnpublishName = "Ritira dalla pubblicazione";
        public const string AddVenueName = "Aggiungi una sede";

        public static string TabPanel(string id) => $"[data-tab-panel]#{id}";

        public static string PublishVersionName(int version) => $"Pubblica la versione {version}";

        public static string MunicipalityCheckbox(string key) => $"#f-mun-{key}";

        public static string MunicipalityLabel(string key) => $"label[for=\"f-mun-{key}\"]";

        public static string VenueName(int venue) => $"#f-Document-Venues-{venue}--Name";

        public static string VenueAddress(int venue) => $"#f-Document-Venues-{venue}--Address";

        public static string VenuePostalCode(int venue) => $"#f-Document-Venues-{venue}--PostalCode";

        public static string VenueMunicipality(int venue) => $"#f-venue-{venue}-municipality";

        public static string VenueLatitude(int venue) => $"#f-Document-Venues-{venue}--Latitude";

        public static string VenueLongitude(int venue) => $"#f-Document-Venues-{venue}--Longitude";

        /// <summary>The visible text plus its visually-hidden suffix, as a screen reader announces the button.</summary>
        public static string AddSlotName(int venue) => $"Aggiungi una fascia oraria alla sede {venue + 1}";

        public static string SlotDay(int venue, int slot) => $"#f-venue-{venue}-slot-{slot}-day";

        public static string SlotOpens(int venue, int slot) => $"#f-Document-Venues-{venue}--Hours-Slots-{slot}--Opens";

        public static string SlotCloses(int venue, int slot) => $"#f-Document-Venues-{venue}--Hours-Slots-{slot}--Closes";
    }
}
