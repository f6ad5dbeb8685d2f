using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Search;

/// <summary>Turns one version of a content item into its index entry: analysed text by weight, facet values, venues and hours.</summary>
public sealed class SearchEntryBuilder(Taxonomy taxonomy)
{
    private const int MaxBodyLength = 12_000;

    public async Task<SearchEntry> BuildAsync(ContentItem item, IContentDocument document, SearchScope scope, int generation, DateTime updatedUtc, CancellationToken cancellationToken)
    {
        var entry = new SearchEntry
        {
            Generation = generation,
            Scope = scope,
            ItemId = item.Id,
            ContentType = item.ContentType,
            Slug = document.Slug,
            Title = document.Title,
            OrganisationId = item.OrganisationId,
            UpdatedUtc = updatedUtc,
        };

        string tags;
        switch (document)
        {
            case ServiceCardDocument card:
                await FillServiceAsync(entry, card, cancellationToken);
                tags = string.Join(' ', [
                    await taxonomy.LabelAsync(Vocabularies.Category, card.Category, cancellationToken),
                    .. await LabelsAsync(Vocabularies.Topic, card.Topics, cancellationToken),
                    .. await LabelsAsync(Vocabularies.TargetGroup, card.TargetGroups, cancellationToken),
                ]);
                break;
            case OrganisationDocument organisation:
                entry.Summary = Cap(organisation.Description ?? "", 300);
                entry.Body = Cap(PlainText.Join([
                    organisation.Description,
                    organisation.Address,
                    organisation.Municipality is { Length: > 0 } m ? await taxonomy.LabelAsync(Vocabularies.Municipality, m, cancellationToken) : null,
                ]), MaxBodyLength);
                tags = OrganisationView.KindLabel(organisation.Kind);
                break;
            case PageDocument page:
                entry.Summary = Cap(page.Summary ?? "", 1000);
                entry.Body = Cap(PlainText.FromHtml(page.Body), MaxBodyLength);
                tags = "";
                break;
            case Forms.FormDocument form:
                entry.Summary = Cap(form.Intro ?? "", 1000);
                tags = "modulo";
                break;
            default:
                tags = "";
                break;
        }

        entry.TagText = tags;
        entry.TitleTerms = string.Join(' ', ItalianAnalyzer.Terms(entry.Title));
        entry.TagTerms = string.Join(' ', ItalianAnalyzer.Terms(tags));
        entry.SummaryTerms = string.Join(' ', ItalianAnalyzer.Terms(entry.Summary));
        entry.BodyTerms = string.Join(' ', ItalianAnalyzer.Terms(entry.Body));
        entry.SortTitle = Cap(SortKey(entry.Title), 300);
        return entry;
    }

    /// <summary>The distinct words of an entry with their terms, for prefixes, typo corrections and suggestions.</summary>
    public static IEnumerable<(string Word, string Term)> Words(SearchEntry entry) =>
        ItalianAnalyzer.IndexWords($"{entry.Title} {entry.TagText} {entry.Summary} {entry.Body}");

    /// <summary>A sort key that orders titles the Italian way on both databases, compared ordinally: folded, lower case.</summary>
    /// (Every other character becomes a space, which sorts before digits and letters, as punctuation does in Italian collation.)
    public static string SortKey(string title)
    {
        var folded = ItalianAnalyzer.Fold(title).Trim().ToCharArray();
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                folded[i] = ' ';
            }
        }

        return new string(folded);
    }

    private async Task FillServiceAsync(SearchEntry entry, ServiceCardDocument card, CancellationToken cancellationToken)
    {
        entry.Category = card.Category;
        entry.Summary = card.ShortDescription;
        entry.MinimumAge = card.MinimumAge;
        entry.MaximumAge = card.MaximumAge;
        entry.Body = Cap(PlainText.Join([
            PlainText.FromHtml(card.Description),
            card.TargetDescription,
            PlainText.FromHtml(card.HowToApply),
            PlainText.FromHtml(card.WhatYouGet),
            PlainText.FromHtml(card.CostDescription),
            .. card.CostOptions.Select(c => c.Label),
            .. card.Venues.Select(v => $"{v.Name}, {v.Address}"),
            .. await LabelsAsync(Vocabularies.Municipality, card.Municipalities, cancellationToken),
            PlainText.FromHtml(card.Conditions),
            PlainText.FromHtml(card.MoreInformation),
            card.Programme,
            card.Funding,
        ]), MaxBodyLength);

        var facets = new HashSet<(string, string)> { (SearchFacets.Category, card.Category) };
        foreach (var municipality in card.Municipalities.Concat(card.Venues.Select(v => v.Municipality)).Where(m => m.Length > 0))
        {
            facets.Add((SearchFacets.Municipality, municipality));
        }

        foreach (var target in card.TargetGroups)
        {
            facets.Add((SearchFacets.TargetGroup, target));
        }

        foreach (var cost in card.CostOptions)
        {
            facets.Add((SearchFacets.Cost, SearchFacets.CostValue(cost.Kind)));
        }

        foreach (var language in card.Languages)
        {
            facets.Add((SearchFacets.Language, language));
        }

        entry.Facets = [.. facets.Where(f => f.Item2.Length > 0).Select(f => new SearchFacetValue { Facet = f.Item1, Value = f.Item2 })];

        for (var v = 0; v < card.Venues.Count; v++)
        {
            var venue = card.Venues[v];
            if (venue is { Latitude: { } latitude, Longitude: { } longitude } && v < SearchLocation.MaxVenues)
            {
                entry.Locations.Add(new SearchLocation { Venue = v, Latitude = latitude, Longitude = longitude, Municipality = venue.Municipality });
            }

            var hours = venue.Hours;
            for (var s = 0; s < hours.Slots.Count; s++)
            {
                var slot = hours.Slots[s];
                if (slot.Closes > slot.Opens)
                {
                    entry.Slots.Add(new SearchHoursSlot
                    {
                        Venue = v,
                        Index = s,
                        Day = (int)slot.Day,
                        Opens = Seconds(slot.Opens),
                        Closes = Seconds(slot.Closes),
                        ValidFrom = hours.ValidFrom,
                        ValidTo = hours.ValidTo,
                    });
                }
            }

            // The first exception of a date wins, as on the card.
            foreach (var exception in hours.Exceptions.DistinctBy(e => e.Date))
            {
                var open = exception is { Closed: false, Opens: { } opens, Closes: { } closes } && closes > opens;
                entry.Exceptions.Add(new SearchHoursException
                {
                    Venue = v,
                    Date = exception.Date,
                    Opens = open ? Seconds(exception.Opens!.Value) : null,
                    Closes = open ? Seconds(exception.Closes!.Value) : null,
                    ValidFrom = hours.ValidFrom,
                    ValidTo = hours.ValidTo,
                });
            }
        }
    }

    private async Task<List<string>> LabelsAsync(string vocabulary, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var labels = new List<string>();
        foreach (var key in keys)
        {
            labels.Add(await taxonomy.LabelAsync(vocabulary, key, cancellationToken));
        }

        return labels;
    }

    internal static int Seconds(TimeOnly time) => (int)(time.Ticks / TimeSpan.TicksPerSecond);

    private static string Cap(string text, int length) => text.Length <= length ? text : text[..length];
}
