using System.Globalization;
using System.Text;
using System.Text.Json;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Bench;

/// <summary>
/// Realistic Italian service cards and organisations for load tests, the same for the same seed.
/// Taxonomy keys come from sync/taxonomy so every key exists in the site's database; every card is marked as demo content.
/// Slugs are unique among themselves and against the slugs passed in as taken.
/// </summary>
internal sealed class CardGenerator
{
    private readonly Random _random;
    private readonly IReadOnlyList<Term> _topics;
    private readonly IReadOnlyList<Term> _targetGroups;
    private readonly IReadOnlyList<Term> _languages;
    private readonly IReadOnlyList<Term> _municipalities;
    private readonly HashSet<string> _serviceSlugs;
    private readonly HashSet<string> _organisationSlugs;

    public CardGenerator(int seed, string taxonomyFolder, IEnumerable<string>? takenServiceSlugs = null, IEnumerable<string>? takenOrganisationSlugs = null)
    {
        _random = new Random(seed);
        var categories = ReadTerms(taxonomyFolder, "categories.json");
        _topics = ReadTerms(taxonomyFolder, "topics.json");
        _targetGroups = ReadTerms(taxonomyFolder, "target-groups.json");
        _languages = ReadTerms(taxonomyFolder, "languages.json");
        _municipalities = ReadTerms(taxonomyFolder, "municipalities.json");
        if (_municipalities.Any(m => m.Lat is null || m.Lng is null))
        {
            throw new InvalidDataException("Every municipality in municipalities.json needs lat and lng.");
        }

        // The kinds name their terms by key: fail early if the taxonomy files no longer have one.
        foreach (var kind in Kinds)
        {
            Require(categories, kind.Category);
            Array.ForEach(kind.Topics, key => Require(_topics, key));
            Array.ForEach(kind.Targets, key => Require(_targetGroups, key));
        }

        _serviceSlugs = new HashSet<string>(takenServiceSlugs ?? [], StringComparer.Ordinal);
        _organisationSlugs = new HashSet<string>(takenOrganisationSlugs ?? [], StringComparer.Ordinal);
    }

    /// <summary>sync/taxonomy of the source checkout, found from the build output like <see cref="BenchHost"/> finds the content root.</summary>
    public static string DefaultTaxonomyFolder =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../sync/taxonomy"));

    /// <summary>Providers with stable ids (drawn from the seed), to pass to <see cref="Cards"/>.</summary>
    public IReadOnlyList<(Guid Id, OrganisationDocument Document)> Organisations(int count)
    {
        var result = new List<(Guid, OrganisationDocument)>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = Pick(OrganisationKinds);
            var title = kind switch
            {
                OrganisationKind.SocialCooperative => $"Cooperativa sociale «{Pick(OrganisationNames)}»",
                OrganisationKind.Association => $"Associazione «{Pick(OrganisationNames)}»",
                OrganisationKind.Company => $"{Pick(OrganisationNames)} Servizi alla persona srl",
                OrganisationKind.PublicBody => $"Consorzio intercomunale «{Pick(OrganisationNames)}»",
                _ => $"Fondazione «{Pick(OrganisationNames)}»",
            };
            var slug = UniqueSlug(_organisationSlugs, title);
            var municipality = Pick(_municipalities);
            var domain = $"https://www.{slug}.example";
            result.Add((NewGuid(), new OrganisationDocument
            {
                Title = title,
                Slug = slug,
                Kind = kind,
                Description = $"Organizzazione dimostrativa. {Pick(OrganisationSentences)} {Pick(OrganisationSentences)}".Replace("{comune}", municipality.Label, StringComparison.Ordinal),
                TaxCode = Digits(11),
                VatNumber = kind is OrganisationKind.PublicBody or OrganisationKind.Association && Chance(0.5) ? null : Digits(11),
                IpaCode = kind == OrganisationKind.PublicBody ? IpaCode(slug) : null,
                Website = domain,
                Email = $"info@{slug}.example",
                Phone = Phone(),
                Address = $"{Pick(Streets)} {_random.Next(1, 120)}, {PostalCode(municipality.Key) ?? "20077"} {municipality.Label} (MI)",
                Municipality = municipality.Key,
                NetworkMember = Chance(0.6),
                IsDemo = true,
            }));
        }

        return result;
    }

    /// <summary>Cards one at a time, so that a loader can stream any number of them; about one in ten has no provider.</summary>
    public IEnumerable<ServiceCardDocument> Cards(int count, IReadOnlyList<(Guid Id, OrganisationDocument Document)> providers)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Card(providers.Count > 0 && Chance(0.9) ? Pick(providers) : null);
        }
    }

    private ServiceCardDocument Card((Guid Id, OrganisationDocument Document)? provider)
    {
        var kind = Pick(Kinds);
        var municipality = Pick(_municipalities);
        var street = Pick(Streets);
        var (name, title) = FreeTitle(kind, municipality, street);
        var slug = UniqueSlug(_serviceSlugs, title);
        var providerName = provider?.Document.Title ?? $"Comune di {municipality.Label}";
        var domain = provider is { } p ? p.Document.Slug + ".example" : $"servizi-{municipality.Key}.example";
        string Fill(string text) => text
            .Replace("{comune}", municipality.Label, StringComparison.Ordinal)
            .Replace("{ente}", providerName, StringComparison.Ordinal);

        var served = new List<string> { municipality.Key };
        served.AddRange(Sample(_municipalities.Where(m => m.Key != municipality.Key).Select(m => m.Key).ToList(), _random.Next(0, 4)));
        var (minimumAge, maximumAge) = Ages(kind);
        var (status, reason) = Status();
        var card = new ServiceCardDocument
        {
            Title = title,
            Slug = slug,
            ShortDescription = Shorten(Fill(kind.Short), 160),
            Status = status,
            StatusReason = reason,
            Category = kind.Category,
            Topics = Terms(kind.Topics, _topics),
            TargetGroups = Terms(kind.Targets, _targetGroups),
            TargetDescription = Chance(0.7) ? Fill(Pick(TargetDescriptions[kind.Theme])) : null,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            Municipalities = served,
            Description = Description(kind.Theme, Fill),
            HowToApply = Chance(0.85) ? (kind.Theme == Theme.Work && Chance(0.7) ? HowToBook : Pick(HowToApplyTexts)) : null,
            RequiredDocuments = [.. Sample(DocumentPool(kind.Theme), _random.Next(0, 4)).Select(text => new RequiredDocument
            {
                Text = text,
                Url = Chance(0.2) ? $"https://www.{domain}/moduli/{SlugGenerator.FromTitle(text)}.pdf" : null,
            })],
            WhatYouGet = Chance(0.7) ? $"<p>{Fill(Pick(WhatYouGetTexts[kind.Theme]))}</p>" : null,
            Deadlines = kind.Theme is Theme.Childcare or Theme.School or Theme.Summer && Chance(0.6) ? Deadlines(kind.Theme) : [],
            CostOptions = Costs(kind.Cost),
            OnlineUrl = Chance(0.4) ? $"https://www.{domain}/servizi/{slug}" : null,
            RequestThroughPlatform = Chance(0.8),
            OrganisationId = provider?.Id,
            Venues = Venues(kind, name, municipality, street, served),
            Contacts = Contacts(kind.Theme, domain),
            Conditions = Chance(0.2) ? "<p>Le condizioni di servizio sono indicate nella Carta dei servizi, disponibile in sede e su richiesta allo sportello.</p>" : null,
            MoreInformation = Chance(0.3) ? $"<p>{Fill(Pick(GeneralSentences))}</p>" : null,
            Languages = Sample(_languages.Select(l => l.Key).ToList(), _random.Next(0, 3)),
            Funding = Chance(0.3) ? "Regione Lombardia, piano territoriale per la conciliazione vita-lavoro" : null,
            Programme = Chance(0.2) ? "SinergieComuni – rete territoriale di conciliazione del Distretto Sociale Sud Est Milano" : null,
            LastVerifiedOn = Chance(0.6) ? new DateOnly(2026, 1, 1).AddDays(_random.Next(0, 330)) : null,
            IsDemo = true,
        };
        card.CostDescription = $"<p>{CostText(card.CostOptions)}</p>";
        return card;
    }

    /// <summary>A few draws for a title nobody has yet; then the street of the main venue tells it apart (numbers only as a last resort).</summary>
    private (string Name, string Title) FreeTitle(ServiceKind kind, Term municipality, string street)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Pick(ServiceNames);
            var title = Title(kind, name, municipality);
            if (attempt == 3)
            {
                return (name, $"{title} – {street}");
            }

            if (!_serviceSlugs.Contains(SlugGenerator.FromTitle(title)))
            {
                return (name, title);
            }
        }
    }

    private string Title(ServiceKind kind, string name, Term municipality)
    {
        var hamlets = Hamlets.GetValueOrDefault(municipality.Key);
        return _random.Next(6) switch
        {
            0 => $"{kind.Title} «{name}»",
            1 => $"{kind.Title} «{name}» – {municipality.Label}",
            2 => $"{kind.Title} di {municipality.Label}",
            3 when hamlets is not null => $"{kind.Title} «{name}» – {Pick(hamlets)}",
            4 when kind.Theme == Theme.Summer => $"{kind.Title} «{name}» – estate 2027",
            4 when kind.Theme is Theme.School or Theme.Childcare => $"{kind.Title} «{name}» – anno 2026/2027",
            _ => $"{kind.Title} «{name}» a {municipality.Label}",
        };
    }

    /// <summary>80 to 300 words in paragraphs of two or three sentences, mostly about the kind of service, some general.</summary>
    private string Description(Theme theme, Func<string, string> fill)
    {
        var specific = new Queue<string>(Sample(ThemeSentences[theme], ThemeSentences[theme].Length));
        var general = new Queue<string>(Sample(GeneralSentences, GeneralSentences.Length));
        var target = _random.Next(80, 301);
        var html = new StringBuilder("<p>Servizio dimostrativo. ");
        var words = 2;
        var inParagraph = 0;
        while (words < target && (specific.Count > 0 || general.Count > 0))
        {
            var sentence = fill(specific.Count > 0 && (general.Count == 0 || Chance(0.7)) ? specific.Dequeue() : general.Dequeue());
            var count = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words + count > 300 && words >= 80)
            {
                break;
            }

            if (inParagraph == 3 || (inParagraph == 2 && Chance(0.5)))
            {
                html.Append("</p><p>");
                inParagraph = 0;
            }
            else if (inParagraph > 0)
            {
                html.Append(' ');
            }

            html.Append(sentence);
            words += count;
            inParagraph++;
        }

        return html.Append("</p>").ToString();
    }

    private (int? Minimum, int? Maximum) Ages(ServiceKind kind)
    {
        var roll = _random.NextDouble();
        if (kind.MinimumAge is null && kind.MaximumAge is null)
        {
            return (null, null);
        }

        return roll switch
        {
            < 0.75 => (kind.MinimumAge, kind.MaximumAge),
            < 0.85 => (kind.MinimumAge, null),
            _ => (null, null),
        };
    }

    private (ServiceStatus Status, string? Reason) Status() => _random.Next(100) switch
    {
        < 90 => (ServiceStatus.Active, null),
        < 95 => (ServiceStatus.TemporarilyClosed, Pick(ClosureReasons)),
        < 99 => (ServiceStatus.Inactive, "Il servizio è sospeso in attesa del rinnovo della convenzione con i comuni."),
        _ => (ServiceStatus.Defunct, "Il servizio non è più attivo: rivolgiti allo sportello per conoscere le alternative."),
    };

    private List<string> Terms(string[] preferred, IReadOnlyList<Term> vocabulary)
    {
        var terms = Sample(preferred, _random.Next(1, Math.Min(3, preferred.Length) + 1));
        if (terms.Count < 3 && Chance(0.15))
        {
            var extra = Pick(vocabulary).Key;
            if (!terms.Contains(extra))
            {
                terms.Add(extra);
            }
        }

        return terms;
    }

    private List<Venue> Venues(ServiceKind kind, string name, Term municipality, string street, List<string> served)
    {
        var venues = new List<Venue>();
        var count = _random.Next(10) switch { < 7 => 1, < 9 => 2, _ => 3 };
        var withoutHours = Chance(0.12);
        for (var v = 0; v < count; v++)
        {
            var key = v == 0 ? municipality.Key : Pick(served);
            var place = _municipalities.First(m => m.Key == key);
            var (latitude, longitude) = Jitter(place.Lat!.Value, place.Lng!.Value, 2.0);
            venues.Add(new Venue
            {
                Name = v == 0 ? $"{kind.VenueName} «{name}»" : $"{kind.VenueName} di {place.Label}",
                Address = $"{(v == 0 ? street : Pick(Streets))} {_random.Next(1, 180)}",
                PostalCode = PostalCode(place.Key),
                Municipality = place.Key,
                Province = "MI",
                Latitude = latitude,
                Longitude = longitude,
                Zoom = 16,
                AccessibilityNotes = Chance(0.4) ? Pick(AccessibilityNotes) : null,
                Hours = withoutHours ? new OpeningHours() : Hours(kind.Hours),
            });
        }

        return venues;
    }

    private OpeningHours Hours(HoursPattern pattern)
    {
        var hours = new OpeningHours();
        void Add(IEnumerable<DayOfWeek> days, int openHour, int openMinute, int closeHour, int closeMinute)
        {
            foreach (var day in days)
            {
                hours.Slots.Add(new WeeklySlot { Day = day, Opens = new TimeOnly(openHour, openMinute), Closes = new TimeOnly(closeHour, closeMinute) });
            }
        }

        switch (pattern)
        {
            case HoursPattern.FullDay:
                Add(Weekdays, 7, Chance(0.5) ? 30 : 45, _random.Next(16, 19), Chance(0.5) ? 0 : 30);
                if (Chance(0.5))
                {
                    (hours.ValidFrom, hours.ValidTo) = (new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 30));
                    hours.Note = "Il servizio segue il calendario educativo: chiude ad agosto e tra Natale e Capodanno.";
                }

                break;
            case HoursPattern.Mornings:
                Add(SomeWeekdays(2, 3), 9, 0, 12, Chance(0.5) ? 0 : 30);
                break;
            case HoursPattern.Afternoons:
                Add(Weekdays, Chance(0.5) ? 14 : 16, Chance(0.5) ? 0 : 30, 18, Chance(0.5) ? 0 : 30);
                if (Chance(0.3))
                {
                    Add([DayOfWeek.Saturday], 9, 30, 12, 30);
                }

                break;
            case HoursPattern.FewAfternoons:
                Add(SomeWeekdays(2, 3), Chance(0.5) ? 14 : 16, 30, Chance(0.5) ? 17 : 19, 30);
                break;
            case HoursPattern.PrePost:
                Add(Weekdays, 7, 30, 8, 30);
                Add(Weekdays, 16, 30, 18, 0);
                (hours.ValidFrom, hours.ValidTo) = (new DateOnly(2026, 9, 14), new DateOnly(2027, 6, 8));
                break;
            case HoursPattern.Summer:
                Add(Weekdays, Chance(0.5) ? 7 : 8, Chance(0.5) ? 45 : 0, Chance(0.5) ? 16 : 17, Chance(0.5) ? 30 : 0);
                (hours.ValidFrom, hours.ValidTo) = (new DateOnly(2027, 6, 14), new DateOnly(2027, 9, 3));
                hours.Note = "Aperto per settimane da metà giugno all'inizio di settembre; chiuso la settimana di Ferragosto.";
                break;
            case HoursPattern.Office:
                Add(SomeWeekdays(2, 5), 9, 0, 12, 30);
                Add(SomeWeekdays(1, 2), 14, 0, 17, 0);
                break;
            case HoursPattern.Coworking:
                Add(Weekdays, 8, Chance(0.5) ? 0 : 30, 19, Chance(0.5) ? 0 : 30);
                if (Chance(0.4))
                {
                    Add([DayOfWeek.Saturday], 9, 0, 13, 0);
                }

                break;
            default:
                Add(SomeWeekdays(1, 2), 18, 0, 20, Chance(0.5) ? 0 : 30);
                break;
        }

        hours.Slots = [.. hours.Slots.OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.Opens)];
        if (Chance(0.3))
        {
            foreach (var (date, note, shortDay) in Sample(Holidays, _random.Next(1, 3)).OrderBy(h => h.Date))
            {
                hours.Exceptions.Add(shortDay
                    ? new HoursException { Date = date, Closed = false, Opens = new TimeOnly(8, 30), Closes = new TimeOnly(12, 30), Note = note }
                    : new HoursException { Date = date, Closed = true, Note = note });
            }
        }

        return hours;
    }

    private List<CostOption> Costs(CostPattern pattern)
    {
        var options = new List<CostOption>();
        switch (pattern)
        {
            case CostPattern.MonthlyFee:
                options.Add(Chance(0.7)
                    ? new CostOption { Kind = CostKind.IseeBased, Label = "Retta mensile", Amount = Amount(250, 650, 10), Note = "Retta massima; la retta di ogni famiglia dipende dalla fascia ISEE, a partire dal 30% dell'importo indicato." }
                    : new CostOption { Kind = CostKind.Paid, Label = "Retta mensile", Amount = Amount(120, 600, 10) });
                break;
            case CostPattern.WeeklyFee:
                options.Add(new CostOption { Kind = CostKind.Paid, Label = "Quota settimanale, pranzo compreso", Amount = Amount(70, 190, 5), ValidFrom = new DateOnly(2027, 6, 14), ValidTo = new DateOnly(2027, 9, 3) });
                break;
            case CostPattern.Hourly:
                options.Add(Chance(0.5)
                    ? new CostOption { Kind = CostKind.IseeBased, Label = "Tariffa oraria", Amount = Amount(4, 22, 0.5m), Note = "Tariffa massima: con un ISEE fino a 6.000 euro il servizio è gratuito." }
                    : new CostOption { Kind = CostKind.Paid, Label = "Tariffa oraria", Amount = Amount(10, 20, 0.5m) });
                break;
            case CostPattern.PerMeal:
                options.Add(new CostOption { Kind = CostKind.IseeBased, Label = "Costo di un pasto", Amount = Amount(3.5m, 8, 0.1m), Note = "Il comune copre una parte del costo secondo l'ISEE." });
                break;
            case CostPattern.Daily:
                options.Add(new CostOption { Kind = CostKind.Paid, Label = "Postazione per una giornata", Amount = Amount(8, 25, 1) });
                if (Chance(0.5))
                {
                    options.Add(new CostOption { Kind = CostKind.Paid, Label = "Abbonamento mensile", Amount = Amount(120, 260, 10) });
                }

                break;
            case CostPattern.PerTrip:
                options.Add(new CostOption { Kind = CostKind.Paid, Label = "Contributo per ogni viaggio", Amount = Amount(3, 15, 0.5m), Note = "Il contributo copre una parte delle spese del carburante." });
                break;
            case CostPattern.Sessions:
                options.Add(new CostOption { Kind = CostKind.Free, Label = "Primo colloquio", Amount = 0 });
                options.Add(new CostOption { Kind = CostKind.IseeBased, Label = "Incontro successivo", Amount = Amount(20, 70, 5), Note = "Importo ridotto per ISEE inferiori a 15.000 euro." });
                break;
            default:
                options.Add(new CostOption { Kind = CostKind.Free, Label = Chance(0.5) ? "Servizio gratuito" : "Ingresso libero" });
                break;
        }

        if (options.Count == 1 && Chance(0.45))
        {
            options.Add(options[0].Kind == CostKind.Free
                ? new CostOption { Kind = CostKind.Paid, Label = "Tessera associativa annuale", Amount = Amount(10, 40, 5) }
                : Chance(0.6)
                    ? new CostOption { Kind = CostKind.CompanyWelfare, Label = "Pagamento con il welfare aziendale", Note = "Si può pagare con i voucher di welfare aziendale delle imprese convenzionate." }
                    : new CostOption { Kind = CostKind.Free, Label = "Esenzione per ISEE fino a 8.000 euro", Amount = 0, Note = "Da chiedere al servizio sociale del comune di residenza." });
        }

        return options;
    }

    private static string CostText(List<CostOption> options)
    {
        var kinds = options.Select(o => o.Kind).ToHashSet();
        var text = new StringBuilder(kinds.Contains(CostKind.Free) && kinds.Count == 1
            ? "Il servizio è gratuito per chi vive o lavora nei comuni del distretto."
            : "Il costo dipende dalla frequenza scelta ed è indicato nelle voci qui sotto.");
        if (kinds.Contains(CostKind.IseeBased))
        {
            text.Append(" L'importo è calcolato in base all'ISEE del nucleo familiare: chi non presenta l'attestazione paga la tariffa massima.");
        }

        if (kinds.Contains(CostKind.CompanyWelfare))
        {
            text.Append(" Chi lavora in un'impresa con un piano di welfare aziendale può pagare con i voucher welfare.");
        }

        return text.ToString();
    }

    private List<Deadline> Deadlines(Theme theme) => theme == Theme.Summer
        ?
        [
            new Deadline { Date = new DateOnly(2027, 4, _random.Next(1, 16)), Label = "Apertura delle iscrizioni al centro estivo" },
            new Deadline { Date = new DateOnly(2027, 5, _random.Next(10, 32)), Label = "Chiusura delle iscrizioni (poi solo sui posti rimasti)" },
        ]
        :
        [
            new Deadline { Date = new DateOnly(2027, _random.Next(1, 3), _random.Next(1, 16)), Label = "Apertura delle iscrizioni per l'anno 2027/2028" },
            new Deadline { Date = new DateOnly(2027, 3, _random.Next(10, 32)), Label = "Chiusura delle iscrizioni" },
            new Deadline { Date = new DateOnly(2027, 4, _random.Next(15, 31)), Label = "Pubblicazione della graduatoria" },
        ];

    private List<ServiceContact> Contacts(Theme theme, string domain)
    {
        var contacts = new List<ServiceContact>
        {
            new()
            {
                Role = Pick(ContactRoles[theme]),
                Office = Pick(Offices),
                Email = $"{Pick(MailboxNames)}@{domain}",
                Phone = Chance(0.85) ? Phone() : null,
            },
        };
        if (Chance(0.25))
        {
            contacts.Add(new ServiceContact { Office = "Segreteria amministrativa", Email = $"amministrazione@{domain}", Phone = Phone() });
        }

        return contacts;
    }

    private (double Latitude, double Longitude) Jitter(double latitude, double longitude, double radiusKm)
    {
        var distance = radiusKm * Math.Sqrt(_random.NextDouble());
        var angle = _random.NextDouble() * 2 * Math.PI;
        var dLat = distance * Math.Cos(angle) / 111.32;
        var dLng = distance * Math.Sin(angle) / (111.32 * Math.Cos(latitude * Math.PI / 180));
        return (Math.Round(latitude + dLat, 5), Math.Round(longitude + dLng, 5));
    }

    private decimal Amount(decimal minimum, decimal maximum, decimal step)
    {
        var steps = (int)((maximum - minimum) / step);
        return minimum + (step * _random.Next(0, steps + 1));
    }

    private string UniqueSlug(HashSet<string> taken, string title)
    {
        var root = SlugGenerator.FromTitle(title);
        var slug = root;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }

    // "02 0000 …" like the demo content: not a number anybody could really have.
    private string Phone() => string.Create(CultureInfo.InvariantCulture, $"02 0000 {_random.Next(1000, 10000)}");

    private string Digits(int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + _random.Next(10));
        }

        return new string(digits);
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private IEnumerable<DayOfWeek> SomeWeekdays(int minimum, int maximum) =>
        Sample(Weekdays, _random.Next(minimum, maximum + 1));

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        _random.Shuffle(copy);
        return [.. copy.Take(Math.Min(count, copy.Length))];
    }

    private static string Shorten(string text, int maximum)
    {
        if (text.Length <= maximum)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maximum - 1);
        return text[..(cut > 0 ? cut : maximum - 1)].TrimEnd(',', ';', ':') + "…";
    }

    private static string IpaCode(string slug)
    {
        var code = "ci_" + slug.Replace('-', '_');
        return code[..Math.Min(20, code.Length)].TrimEnd('_');
    }

    private static string? PostalCode(string municipality) => PostalCodes.GetValueOrDefault(municipality);

    private static string[] DocumentPool(Theme theme) => [.. CommonDocuments, .. ThemeDocuments.GetValueOrDefault(theme, [])];

    private static List<Term> ReadTerms(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        using var stream = File.OpenRead(path);
        var terms = JsonSerializer.Deserialize<List<Term>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
        return terms.Count > 0 && terms.All(t => ContentSlug.IsValid(t.Key))
            ? terms
            : throw new InvalidDataException($"{path} has no terms or a term with an invalid key.");
    }

    private static void Require(IReadOnlyList<Term> terms, string key)
    {
        if (terms.All(t => t.Key != key))
        {
            throw new InvalidDataException($"The taxonomy has no term «{key}»: update the kinds in {nameof(CardGenerator)}.");
        }
    }

    private sealed record Term(string Key, string Label, double? Lat, double? Lng);

    private sealed record ServiceKind(
        string Title, string VenueName, string Category, string[] Topics, string[] Targets, int? MinimumAge, int? MaximumAge,
        HoursPattern Hours, CostPattern Cost, Theme Theme, string Short);

    private enum Theme { Childcare, School, Summer, Elderly, Caregiver, Disability, Counselling, Work, Transport }

    private enum HoursPattern { FullDay, Mornings, Afternoons, FewAfternoons, PrePost, Summer, Office, Coworking, Evenings }

    private enum CostPattern { MonthlyFee, WeeklyFee, Hourly, PerMeal, Daily, PerTrip, Sessions, Free }

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly ServiceKind[] Kinds =
    [
        new("Asilo nido", "Asilo nido", "prima-infanzia", ["infanzia", "famiglia", "conciliazione-vita-lavoro"], ["bambini-0-3", "famiglie"], 0, 3, HoursPattern.FullDay, CostPattern.MonthlyFee, Theme.Childcare,
            "Nido d'infanzia a {comune} per bambine e bambini da 3 mesi a 3 anni, con tempo pieno, part time e prolungamento fino alle 18."),
        new("Micronido", "Micronido", "prima-infanzia", ["infanzia", "conciliazione-vita-lavoro"], ["bambini-0-3", "famiglie"], 0, 3, HoursPattern.FullDay, CostPattern.MonthlyFee, Theme.Childcare,
            "Un nido piccolo, al massimo dieci posti, a {comune}: un ambiente raccolto per i primi anni e orari flessibili per chi lavora."),
        new("Spazio gioco", "Spazio gioco", "prima-infanzia", ["infanzia", "famiglia", "tempo-libero"], ["bambini-0-3", "famiglie"], 1, 3, HoursPattern.Mornings, CostPattern.Free, Theme.Childcare,
            "Mattine di gioco e incontro a {comune} per bambini da 1 a 3 anni con un genitore, un nonno o chi se ne prende cura."),
        new("Baby sitting a domicilio", "Sportello baby sitting", "baby-sitting", ["infanzia", "famiglia", "conciliazione-vita-lavoro"], ["bambini-0-3", "bambini-3-6", "bambini-6-11", "famiglie"], 0, 12, HoursPattern.Office, CostPattern.Hourly, Theme.Childcare,
            "Baby sitter formate e assicurate, anche per poche ore, la sera o nel fine settimana, per le famiglie di {comune} e dintorni."),
        new("Aiuto in famiglia per figli malati", "Sportello famiglie", "baby-sitting", ["famiglia", "conciliazione-vita-lavoro", "lavoro"], ["bambini-0-3", "bambini-3-6", "bambini-6-11", "lavoratori"], 0, 11, HoursPattern.Office, CostPattern.Hourly, Theme.Childcare,
            "Un'educatrice a casa quando il bambino ha una malattia breve e i genitori devono lavorare: si chiede la sera prima."),
        new("Ludoteca", "Ludoteca", "pre-post-scuola", ["tempo-libero", "infanzia", "famiglia"], ["bambini-3-6", "bambini-6-11", "famiglie"], 3, 11, HoursPattern.Afternoons, CostPattern.Free, Theme.School,
            "Giochi da tavolo, laboratori e prestito di giocattoli a {comune} per bambini da 3 a 11 anni, nei pomeriggi feriali."),
        new("Doposcuola", "Doposcuola", "pre-post-scuola", ["scuola", "conciliazione-vita-lavoro", "famiglia"], ["bambini-6-11", "ragazzi-11-14", "famiglie"], 6, 14, HoursPattern.Afternoons, CostPattern.MonthlyFee, Theme.School,
            "Pranzo, compiti con gli educatori e gioco a {comune} per bambini e ragazzi della primaria e delle medie, fino alle 18."),
        new("Spazio compiti", "Spazio compiti", "pre-post-scuola", ["scuola", "inclusione"], ["bambini-6-11", "ragazzi-11-14", "adolescenti"], 6, 16, HoursPattern.FewAfternoons, CostPattern.Free, Theme.School,
            "Aiuto gratuito nei compiti a {comune}, con educatori e volontari, per ragazzi dalla primaria al primo anno delle superiori."),
        new("Pre e post scuola", "Scuola primaria", "pre-post-scuola", ["scuola", "conciliazione-vita-lavoro"], ["bambini-3-6", "bambini-6-11", "famiglie", "lavoratori"], 3, 11, HoursPattern.PrePost, CostPattern.MonthlyFee, Theme.School,
            "Accoglienza dalle 7.30 prima delle lezioni e fino alle 18 dopo, nelle scuole di {comune}, per chi lavora e non riesce ad arrivare in tempo."),
        new("Centro estivo", "Centro estivo", "centri-estivi", ["infanzia", "scuola", "tempo-libero", "conciliazione-vita-lavoro"], ["bambini-3-6", "bambini-6-11", "famiglie"], 3, 11, HoursPattern.Summer, CostPattern.WeeklyFee, Theme.Summer,
            "Settimane di giochi, laboratori, gite e piscina a {comune} per bambini da 3 a 11 anni, da metà giugno a settembre."),
        new("Campus estivo sportivo", "Centro sportivo", "centri-estivi", ["tempo-libero", "salute-e-benessere"], ["bambini-6-11", "ragazzi-11-14"], 6, 14, HoursPattern.Summer, CostPattern.WeeklyFee, Theme.Summer,
            "Calcio, basket, nuoto e giochi all'aperto a {comune} per ragazze e ragazzi da 6 a 14 anni durante le vacanze estive."),
        new("Assistenza domiciliare anziani", "Sede operativa", "assistenza-domiciliare-anziani", ["anziani", "salute-e-benessere"], ["anziani", "caregiver", "famiglie"], 65, null, HoursPattern.Office, CostPattern.Hourly, Theme.Elderly,
            "Operatrici socio-sanitarie a casa per la cura della persona, l'igiene e i pasti, per gli anziani di {comune} che vivono da soli."),
        new("Pasti a domicilio", "Centro cottura", "assistenza-domiciliare-anziani", ["anziani", "salute-e-benessere"], ["anziani", "persone-con-disabilita"], 65, null, HoursPattern.Office, CostPattern.PerMeal, Theme.Elderly,
            "Un pasto caldo consegnato a casa dal lunedì al sabato per le persone anziane o con disabilità di {comune}."),
        new("Telesoccorso", "Sportello anziani", "assistenza-domiciliare-anziani", ["anziani", "salute-e-benessere"], ["anziani", "caregiver"], 65, null, HoursPattern.Office, CostPattern.Free, Theme.Elderly,
            "Un pulsante da portare sempre con sé per chiamare aiuto giorno e notte, per chi vive da solo a {comune}."),
        new("Badanti e assistenti familiari", "Sportello assistenti familiari", "supporto-caregiver", ["anziani", "lavoro", "famiglia"], ["caregiver", "famiglie", "anziani"], null, null, HoursPattern.Office, CostPattern.Free, Theme.Caregiver,
            "Aiuto a trovare e assumere in regola un'assistente familiare qualificata, con il registro territoriale di {comune} e del distretto."),
        new("Gruppo di sostegno per caregiver", "Sala civica", "supporto-caregiver", ["famiglia", "salute-e-benessere"], ["caregiver"], null, null, HoursPattern.Evenings, CostPattern.Free, Theme.Caregiver,
            "Incontri serali a {comune} per chi si prende cura di un familiare anziano o malato, guidati da una psicologa."),
        new("Centro diurno per persone con disabilità", "Centro diurno", "disabilita", ["inclusione", "salute-e-benessere"], ["persone-con-disabilita", "famiglie", "caregiver"], 18, 65, HoursPattern.FullDay, CostPattern.MonthlyFee, Theme.Disability,
            "Attività educative, laboratori e uscite per adulti con disabilità a {comune}, con il trasporto da casa al centro."),
        new("Sportello di consulenza", "Sportello", "ascolto-e-consulenza", ["famiglia", "conciliazione-vita-lavoro", "lavoro"], ["famiglie", "lavoratori"], null, null, HoursPattern.Office, CostPattern.Free, Theme.Counselling,
            "Colloqui gratuiti a {comune} per orientarsi tra congedi, servizi per i figli e aiuti per chi assiste un familiare."),
        new("Sportello di ascolto psicologico", "Spazio ascolto", "ascolto-e-consulenza", ["salute-e-benessere", "famiglia"], ["famiglie", "adolescenti", "lavoratori"], 14, null, HoursPattern.FewAfternoons, CostPattern.Sessions, Theme.Counselling,
            "Colloqui riservati con una psicologa a {comune} per ragazzi, genitori e lavoratori in un momento di difficoltà."),
        new("Mediazione familiare", "Centro per la famiglia", "mediazione-familiare", ["famiglia"], ["famiglie"], null, null, HoursPattern.FewAfternoons, CostPattern.Sessions, Theme.Counselling,
            "Incontri con un mediatore qualificato a {comune} per i genitori che si separano e vogliono accordarsi sulla cura dei figli."),
        new("Coworking", "Coworking", "coworking", ["lavoro", "smart-working", "conciliazione-vita-lavoro"], ["lavoratori", "imprese"], null, null, HoursPattern.Coworking, CostPattern.Daily, Theme.Work,
            "Postazioni attrezzate e sale riunioni a {comune} per chi lavora in modalità agile e vuole un ufficio vicino a casa."),
        new("Coworking con spazio bimbi", "Coworking", "coworking", ["smart-working", "conciliazione-vita-lavoro", "infanzia"], ["lavoratori", "famiglie", "bambini-0-3"], null, null, HoursPattern.Coworking, CostPattern.Daily, Theme.Work,
            "Lavorare a {comune} con i figli piccoli vicino: postazioni di coworking e, nella stanza accanto, uno spazio bimbi con un'educatrice."),
        new("Consulenza su welfare aziendale e lavoro agile", "Sportello imprese", "welfare-aziendale", ["lavoro", "smart-working", "conciliazione-vita-lavoro"], ["imprese", "lavoratori"], null, null, HoursPattern.Office, CostPattern.Free, Theme.Work,
            "Consulenza gratuita alle imprese del distretto per piani di welfare aziendale, lavoro agile e orari flessibili."),
        new("Trasporto sociale", "Sede dei volontari", "trasporto", ["mobilita", "anziani", "inclusione"], ["anziani", "persone-con-disabilita"], null, null, HoursPattern.Office, CostPattern.PerTrip, Theme.Transport,
            "Accompagnamento in auto a visite mediche, terapie e uffici per chi vive a {comune} e non può usare i mezzi pubblici."),
    ];

    private static readonly OrganisationKind[] OrganisationKinds =
        [OrganisationKind.SocialCooperative, OrganisationKind.SocialCooperative, OrganisationKind.Association, OrganisationKind.Association, OrganisationKind.Company, OrganisationKind.PublicBody, OrganisationKind.Other];

    private static readonly string[] OrganisationNames =
    [
        "Il Filo di Lana", "La Chiocciola", "Nuovi Orizzonti", "Il Ponte di Pietra", "Terre del Lambro", "La Rete dei Nonni", "Il Seme", "Famiglie in Rete",
        "La Casa dei Gelsi", "Il Timone", "Passo dopo Passo", "La Bussola", "Cascina Aperta", "Il Cerchio", "Mani Unite", "La Lanterna",
        "Sud Est Insieme", "Il Mulino a Vento", "Tempo Condiviso", "L'Airone",
    ];

    private static readonly string[] OrganisationSentences =
    [
        "Dal 1998 gestisce servizi educativi e di cura per famiglie, anziani e persone con disabilità nel Sud Est Milano.",
        "Ha la sede principale a {comune} e lavora con i servizi sociali dei nove comuni del distretto.",
        "È una delle realtà della rete territoriale per la conciliazione vita-lavoro finanziata da Regione Lombardia.",
        "Impiega educatrici, operatori socio-sanitari, psicologi e volontari formati.",
        "Collabora con le imprese del territorio per progetti di welfare aziendale e di lavoro agile.",
        "Organizza ogni anno corsi di formazione aperti ai caregiver familiari e alle assistenti familiari.",
        "Promuove attività di volontariato e di buon vicinato nei quartieri e nelle frazioni.",
    ];

    private static readonly string[] ServiceNames =
    [
        "Il Girasole", "L'Aquilone", "Arcobaleno", "Il Piccolo Principe", "La Tartaruga", "Il Melograno", "Girotondo", "Il Sole e la Luna",
        "Pollicino", "Il Glicine", "La Casa sull'Albero", "Piccoli Passi", "Il Gelso", "La Rondine", "Il Pioppo", "Le Api Operose",
        "La Cascina", "Il Mulino", "Il Trenino", "La Coccinella", "Il Faro", "Il Ciliegio", "Le Nuvole", "La Trottola",
        "Il Quadrifoglio", "Mille Colori", "Il Nido delle Rondini", "Ponte Verde", "Il Sentiero", "La Lanterna Magica", "Il Salice", "La Gabbianella",
        "Tempo Insieme", "Porte Aperte", "Il Veliero", "Il Castello di Carta", "Biancospino", "La Meridiana", "Spazio Lambro", "La Clessidra",
        "Il Tiglio", "La Fontana", "Il Grillo Parlante", "Le Farfalle", "Il Bruco", "La Balena Blu", "Il Germoglio", "La Quercia",
        "La Mongolfiera", "Sottosopra", "Il Treno dei Sogni", "Primi Passi", "La Stella Polare", "Il Borgo", "Casa Aperta", "Il Focolare",
        "La Corte", "Filo Diretto", "Il Cortile", "La Vela",
    ];

    private static readonly Dictionary<string, string[]> Hamlets = new(StringComparer.Ordinal)
    {
        ["san-giuliano-milanese"] = ["Borgolombardo", "Sesto Ulteriano", "Zivido", "Civesio", "Viboldone", "Pedriano"],
        ["san-donato-milanese"] = ["Metanopoli", "Poasco", "Bolgiano", "Sorigherio"],
        ["cerro-al-lambro"] = ["Riozzo"],
        ["colturano"] = ["Balbiano"],
        ["san-zenone-al-lambro"] = ["Ceregallo", "Villa Bissone"],
        ["carpiano"] = ["Francolino"],
    };

    private static readonly Dictionary<string, string> PostalCodes = new(StringComparer.Ordinal)
    {
        ["carpiano"] = "20080",
        ["cerro-al-lambro"] = "20077",
        ["colturano"] = "20060",
        ["dresano"] = "20070",
        ["melegnano"] = "20077",
        ["san-donato-milanese"] = "20097",
        ["san-giuliano-milanese"] = "20098",
        ["san-zenone-al-lambro"] = "26852",
        ["vizzolo-predabissi"] = "20070",
    };

    private static readonly string[] Streets =
    [
        "Via Roma", "Via Giuseppe Garibaldi", "Via Alessandro Manzoni", "Piazza della Vittoria", "Via Emilia", "Via Cavour", "Viale della Repubblica",
        "Via Giacomo Matteotti", "Via Vittorio Veneto", "Via Trieste", "Via Dante Alighieri", "Via Papa Giovanni XXIII", "Via Martiri della Libertà",
        "Via della Pace", "Via Giuseppe Mazzini", "Via Antonio Gramsci", "Via 25 Aprile", "Via Lombardia", "Via Guglielmo Marconi", "Via delle Rimembranze",
        "Via dei Mille", "Via Cesare Battisti", "Piazza del Comune", "Via Sandro Pertini", "Via Giuseppe Verdi", "Via San Francesco", "Via dei Tigli",
    ];

    private static readonly (DateOnly Date, string Note, bool ShortDay)[] Holidays =
    [
        (new DateOnly(2026, 11, 1), "Ognissanti", false),
        (new DateOnly(2026, 12, 8), "Immacolata Concezione", false),
        (new DateOnly(2026, 12, 24), "Vigilia di Natale: apertura ridotta", true),
        (new DateOnly(2026, 12, 25), "Natale", false),
        (new DateOnly(2026, 12, 26), "Santo Stefano", false),
        (new DateOnly(2026, 12, 31), "San Silvestro: apertura ridotta", true),
        (new DateOnly(2027, 1, 1), "Capodanno", false),
        (new DateOnly(2027, 1, 6), "Epifania", false),
        (new DateOnly(2027, 3, 29), "Lunedì dell'Angelo (Pasquetta)", false),
        (new DateOnly(2027, 4, 26), "Ponte della Festa della Liberazione", false),
        (new DateOnly(2027, 6, 2), "Festa della Repubblica", false),
        (new DateOnly(2027, 8, 16), "Chiusura per il ponte di Ferragosto", false),
        (new DateOnly(2027, 2, 12), "Riunione dell'équipe: apertura solo al mattino", true),
    ];

    private static readonly string[] ClosureReasons =
    [
        "Chiuso per lavori di ristrutturazione della sede fino alla fine del mese.",
        "Sospeso durante le vacanze estive; riapre a settembre.",
        "Temporaneamente chiuso per la riorganizzazione del personale.",
    ];

    private static readonly string[] AccessibilityNotes =
    [
        "Sede al piano terra senza barriere architettoniche; posto auto riservato davanti all'ingresso.",
        "Ingresso con rampa e ascensore fino al primo piano; bagno accessibile.",
        "Al primo piano senza ascensore: chi ha difficoltà motorie può chiedere un colloquio al piano terra.",
        "Percorso tattile dall'ingresso allo sportello e campanello all'altezza di una carrozzina.",
    ];

    private static readonly Dictionary<Theme, string[]> ContactRoles = new()
    {
        [Theme.Childcare] = ["Coordinatrice pedagogica", "Referente del servizio", "Educatrice referente"],
        [Theme.School] = ["Coordinatore educativo", "Referente del servizio"],
        [Theme.Summer] = ["Coordinatrice del centro estivo", "Referente iscrizioni"],
        [Theme.Elderly] = ["Assistente sociale", "Coordinatrice del servizio domiciliare"],
        [Theme.Caregiver] = ["Operatrice dello sportello", "Psicologa referente"],
        [Theme.Disability] = ["Coordinatore del centro diurno", "Educatore professionale referente"],
        [Theme.Counselling] = ["Operatrice dello sportello", "Mediatore familiare"],
        [Theme.Work] = ["Community manager", "Consulente welfare"],
        [Theme.Transport] = ["Coordinatore dei volontari", "Referente prenotazioni"],
    };

    private static readonly string[] Offices = ["Segreteria del servizio", "Ufficio iscrizioni", "Sportello al pubblico", "Ufficio servizi alla persona", "Accoglienza"];

    private static readonly string[] MailboxNames = ["info", "iscrizioni", "segreteria", "sportello", "servizi", "prenotazioni"];

    private static readonly string[] CommonDocuments =
    [
        "Documento d'identità in corso di validità",
        "Tessera sanitaria",
        "Attestazione ISEE in corso di validità",
        "Modulo di domanda compilato e firmato",
        "Delega firmata, se la domanda è presentata da un familiare",
        "Permesso di soggiorno, per i cittadini non comunitari",
    ];

    private static readonly Dictionary<Theme, string[]> ThemeDocuments = new()
    {
        [Theme.Childcare] = ["Attestazione ISEE per prestazioni rivolte a minorenni", "Autocertificazione della situazione lavorativa dei genitori", "Certificato delle vaccinazioni del bambino"],
        [Theme.School] = ["Autocertificazione della situazione lavorativa dei genitori", "Diagnosi o certificazione per i disturbi specifici dell'apprendimento, se presente"],
        [Theme.Summer] = ["Certificato medico per l'attività sportiva non agonistica", "Elenco delle persone autorizzate a ritirare il bambino"],
        [Theme.Elderly] = ["Certificato del medico di famiglia sulle condizioni di salute", "Verbale di invalidità civile, se presente"],
        [Theme.Caregiver] = ["Verbale di invalidità civile o di riconoscimento della legge 104", "Certificato del medico di famiglia sulle condizioni della persona assistita"],
        [Theme.Disability] = ["Verbale di invalidità civile o di riconoscimento della legge 104", "Progetto individuale redatto con i servizi sociali"],
        [Theme.Work] = ["Visura camerale dell'impresa", "Copia dell'accordo individuale di lavoro agile, se presente"],
        [Theme.Transport] = ["Copia della prenotazione della visita o della terapia"],
    };

    private static readonly Dictionary<Theme, string[]> TargetDescriptions = new()
    {
        [Theme.Childcare] = ["Bambine e bambini residenti a {comune} e nei comuni del distretto; hanno la precedenza i nuclei in cui lavorano entrambi i genitori.", "Famiglie con figli piccoli, in particolare quelle in cui i genitori lavorano a turni o hanno orari irregolari."],
        [Theme.School] = ["Alunne e alunni delle scuole primarie e secondarie di primo grado di {comune}.", "Bambini e ragazzi iscritti alle scuole del distretto i cui genitori lavorano oltre l'orario scolastico."],
        [Theme.Summer] = ["Bambine e bambini dalla scuola dell'infanzia alla primaria; i residenti a {comune} hanno la precedenza fino al 30 aprile.", "Ragazze e ragazzi dai 6 ai 14 anni, anche non residenti, fino a esaurimento dei posti."],
        [Theme.Elderly] = ["Persone anziane, sole o con una rete familiare fragile, residenti a {comune}.", "Persone con più di 65 anni che hanno perso in parte l'autonomia e i loro familiari."],
        [Theme.Caregiver] = ["Familiari che si prendono cura di una persona anziana, malata o con disabilità, anche se lavorano.", "Famiglie che cercano un'assistente familiare e lavoratrici che vogliono iscriversi al registro."],
        [Theme.Disability] = ["Persone adulte con disabilità, dai 18 ai 65 anni, residenti nei comuni del distretto.", "Persone con disabilità e le loro famiglie, su proposta dei servizi sociali del comune di residenza."],
        [Theme.Counselling] = ["Genitori, coppie, ragazzi e lavoratori che vivono o lavorano nei comuni del distretto.", "Chiunque abbia bisogno di un consiglio su lavoro, famiglia e servizi, senza distinzione di residenza."],
        [Theme.Work] = ["Lavoratrici e lavoratori in modalità agile, liberi professionisti e imprese del territorio.", "Piccole e medie imprese del distretto e i loro dipendenti."],
        [Theme.Transport] = ["Persone anziane o con disabilità che non possono guidare né usare i mezzi pubblici.", "Residenti a {comune} senza familiari che possano accompagnarli."],
    };

    private static readonly string[] HowToApplyTexts =
    [
        "<p>Presenta la domanda online con il pulsante «Richiedi il servizio» oppure compila il modulo cartaceo e consegnalo in segreteria.</p><p>Entro dieci giorni lavorativi un operatore ti contatta per un colloquio conoscitivo.</p>",
        "<p>Telefona o scrivi allo sportello per fissare un appuntamento. Il primo colloquio serve a capire il bisogno e a scegliere insieme la soluzione più adatta.</p>",
        "<p>Rivolgiti al servizio sociale del tuo comune di residenza: l'assistente sociale valuta la richiesta e, se ci sono i requisiti, attiva il servizio.</p>",
        "<p>Iscriviti online durante il periodo di apertura delle iscrizioni. Dopo la chiusura viene pubblicata la graduatoria e le famiglie ammesse ricevono una email di conferma.</p>",
        "<p>Scrivi alla segreteria o passa in sede negli orari di apertura: ti daremo il modulo e ti spiegheremo come funziona il servizio.</p>",
    ];

    private const string HowToBook = "<p>Prenota la postazione o l'appuntamento dal sito del gestore, oppure passa in sede negli orari di apertura.</p>";

    private static readonly Dictionary<Theme, string[]> WhatYouGetTexts = new()
    {
        [Theme.Childcare] = ["Un posto per l'anno educativo 2026/2027, con la frequenza scelta e i pasti compresi.", "Una baby sitter o un'educatrice a casa per le ore concordate."],
        [Theme.School] = ["L'accoglienza dei bambini prima e dopo le lezioni, per tutto l'anno scolastico.", "Un aiuto costante nei compiti e nello studio, in un gruppo piccolo."],
        [Theme.Summer] = ["Un posto al centro estivo per le settimane scelte, con pranzo, merenda e assicurazione."],
        [Theme.Elderly] = ["Un piano di assistenza personalizzato con le ore e i giorni concordati con l'assistente sociale.", "Il pasto consegnato a casa nei giorni scelti."],
        [Theme.Caregiver] = ["L'elenco delle assistenti familiari disponibili e un aiuto per il contratto.", "Incontri di gruppo e ore di sollievo per chi assiste un familiare."],
        [Theme.Disability] = ["Un posto al centro diurno con il progetto individuale e il trasporto."],
        [Theme.Counselling] = ["Colloqui individuali riservati e, se serve, l'accompagnamento verso altri servizi.", "Un percorso di mediazione con accordi scritti sulla cura dei figli."],
        [Theme.Work] = ["Una postazione di lavoro attrezzata per il tempo scelto.", "Un piano di welfare aziendale costruito sulle esigenze dei dipendenti."],
        [Theme.Transport] = ["L'accompagnamento in auto all'appuntamento e il ritorno a casa."],
    };

    private static readonly string[] GeneralSentences =
    [
        "Il servizio fa parte della rete territoriale per la conciliazione vita-lavoro dei nove comuni del Distretto Sociale Sud Est Milano.",
        "Il servizio è aperto a chi vive nei comuni del distretto; i residenti a {comune} hanno la precedenza.",
        "La retta è calcolata in base all'ISEE del nucleo familiare, con fasce agevolate per i redditi più bassi.",
        "Chi ha un ISEE inferiore a 8.000 euro può chiedere l'esenzione al servizio sociale del comune di residenza.",
        "Il costo può essere pagato anche con i voucher del welfare aziendale, se l'impresa del lavoratore è convenzionata.",
        "Nei giorni di chiusura straordinaria le famiglie sono avvisate con almeno una settimana di anticipo.",
        "Per informazioni puoi telefonare alla segreteria o passare di persona negli orari di apertura.",
        "Gestore del servizio: {ente}, in accordo con i servizi sociali dei comuni del distretto.",
        "Le domande arrivate dopo la scadenza sono accolte in base ai posti rimasti disponibili.",
        "La sede è accessibile alle persone con disabilità motoria e dispone di un parcheggio riservato.",
        "I pagamenti si fanno con PagoPA o con bonifico bancario, entro il giorno 10 di ogni mese.",
        "Il servizio aderisce alla Carta dei servizi, che indica gli standard di qualità e come presentare un reclamo.",
        "Ogni anno gli utenti ricevono un questionario di soddisfazione anonimo, i cui risultati sono pubblicati sul sito.",
        "In caso di sciopero o di allerta meteo il servizio comunica eventuali variazioni con un SMS.",
        "Il servizio è cofinanziato da Regione Lombardia attraverso il piano territoriale di conciliazione.",
        "Chi lavora a turni può concordare una frequenza flessibile, da comunicare con una settimana di anticipo.",
        "Chi rinuncia al servizio deve comunicarlo per iscritto almeno trenta giorni prima.",
        "Le imprese del territorio che aderiscono alla rete possono riservare posti per i figli o i familiari dei propri dipendenti.",
        "L'ISEE da presentare è quello ordinario oppure, per i servizi ai minori, quello per prestazioni rivolte a minorenni.",
        "Il primo colloquio è gratuito e serve a capire insieme quale soluzione è più adatta.",
        "Gli operatori parlano anche inglese e, su richiesta, è possibile avere un mediatore linguistico.",
        "I dati personali sono trattati nel rispetto del regolamento europeo sulla protezione dei dati.",
    ];

    private static readonly Dictionary<Theme, string[]> ThemeSentences = new()
    {
        [Theme.Childcare] =
        [
            "Le educatrici accompagnano ogni bambino nell'inserimento graduale, concordato con la famiglia nelle prime settimane di frequenza.",
            "Gli spazi sono divisi per età, con una zona per il riposo, un angolo morbido per i più piccoli e un giardino attrezzato.",
            "La giornata alterna gioco libero, attività di manipolazione, lettura ad alta voce e momenti di cura come il pranzo e il cambio.",
            "I pasti sono preparati ogni giorno nella cucina interna, con diete speciali per motivi di salute, culturali o religiosi.",
            "Il progetto educativo è presentato alle famiglie in un incontro all'inizio dell'anno e discusso in colloqui individuali su richiesta.",
            "Per i genitori che lavorano su turni è possibile concordare un'entrata anticipata o un'uscita posticipata.",
            "Una volta al mese il servizio organizza un sabato mattina aperto, pensato per i papà, i nonni e i fratelli maggiori.",
            "Le educatrici hanno una formazione specifica sulla prima infanzia e partecipano ogni anno a corsi di aggiornamento.",
            "Il servizio accoglie anche bambini con disabilità, con il supporto di un'educatrice dedicata concordato con i servizi sociali.",
            "Durante l'anno sono proposti laboratori di musica, di pittura e di lettura in collaborazione con la biblioteca comunale.",
            "Chi ha bisogno di un aiuto occasionale può chiedere una baby sitter qualificata anche per poche ore, la sera o nel fine settimana.",
            "Le baby sitter sono selezionate con un colloquio, hanno seguito un corso di primo soccorso pediatrico e sono assicurate.",
            "Quando un bambino è malato e non può andare al nido o a scuola, il servizio manda a casa un'educatrice per la giornata.",
            "Il bonus nido dell'INPS può coprire una parte della retta: la segreteria aiuta a presentare la domanda.",
            "Le famiglie con più figli iscritti hanno diritto a uno sconto del 20% sulla seconda retta.",
            "Gli orari sono pensati per chi lavora: il servizio apre presto la mattina e chiude dopo le 18.",
        ],
        [Theme.School] =
        [
            "Il pre scuola accoglie i bambini dalle 7.30, con una colazione leggera e giochi tranquilli fino al suono della campanella.",
            "Nel post scuola i bambini fanno merenda, svolgono i compiti con gli educatori e giocano in cortile fino all'arrivo dei genitori.",
            "Gli educatori seguono gruppi piccoli, al massimo dieci ragazzi, per dare a ciascuno il tempo di cui ha bisogno.",
            "Lo spazio compiti funziona anche grazie ai volontari, tra cui insegnanti in pensione e studenti universitari.",
            "Per i ragazzi con disturbi specifici dell'apprendimento sono disponibili strumenti compensativi e un metodo di studio personalizzato.",
            "Con il consenso della famiglia, gli educatori tengono i contatti con gli insegnanti per seguire i progressi durante l'anno.",
            "Il venerdì pomeriggio è dedicato a laboratori creativi, giochi da tavolo e uscite nel quartiere.",
            "La ludoteca presta giochi e giocattoli da portare a casa per due settimane, con una tessera gratuita.",
            "Un educatore accompagna a piedi i bambini dalla scuola primaria alla sede del servizio.",
            "Il servizio segue il calendario scolastico regionale e resta chiuso durante le vacanze di Natale e di Pasqua.",
            "I ragazzi delle medie possono prepararsi alle verifiche e all'esame di terza con l'aiuto di un tutor.",
            "Una stanza è riservata a chi ha bisogno di studiare in silenzio, con computer e connessione a internet.",
        ],
        [Theme.Summer] =
        [
            "Il centro estivo è organizzato per settimane: ci si può iscrivere anche a una sola settimana.",
            "Ogni settimana ha un tema diverso, con laboratori artistici, giochi di squadra, esperimenti scientifici e attività in inglese.",
            "Due volte alla settimana i bambini vanno in piscina, accompagnati dagli educatori e dagli istruttori di nuoto.",
            "Il giovedì è il giorno della gita: fattorie didattiche, parchi naturali e musei del territorio.",
            "Il pranzo è fornito dal servizio di ristorazione scolastica, con menù estivi e diete speciali su richiesta.",
            "C'è un educatore ogni otto bambini della scuola dell'infanzia e uno ogni dodici bambini della primaria.",
            "Per i bambini con disabilità è previsto un educatore di sostegno, da chiedere al momento dell'iscrizione.",
            "I ragazzi delle medie possono partecipare come aiuto animatori, seguiti da un coordinatore.",
            "Le attività si svolgono in gran parte all'aperto, nel parco comunale e nel cortile della scuola.",
            "Il centro estivo resta aperto anche nelle prime settimane di settembre, fino all'inizio della scuola.",
            "Ogni venerdì pomeriggio le famiglie sono invitate alla festa di fine settimana.",
            "Le famiglie con più figli iscritti hanno diritto a uno sconto del 10% sulla quota del secondo figlio.",
        ],
        [Theme.Elderly] =
        [
            "Le operatrici socio-sanitarie aiutano nella cura della persona, nell'igiene, nella vestizione e nella preparazione dei pasti.",
            "Il piano di assistenza è concordato con l'assistente sociale dopo una visita a domicilio e rivisto ogni sei mesi.",
            "Il servizio può comprendere piccole commissioni, l'accompagnamento alle visite mediche e il ritiro dei farmaci.",
            "I pasti sono consegnati a domicilio dal lunedì al sabato, caldi e in contenitori sigillati, con un menù che cambia ogni settimana.",
            "Il telesoccorso collega la persona a una centrale operativa attiva giorno e notte, con un pulsante da portare al collo o al polso.",
            "Chi vive da solo riceve ogni settimana una telefonata di compagnia da un volontario formato.",
            "Le operatrici segnalano all'assistente sociale ogni cambiamento nelle condizioni della persona.",
            "Il servizio lavora insieme al medico di famiglia e, quando serve, all'assistenza domiciliare integrata dell'ASST.",
            "Gli interventi vanno da un'ora alla settimana fino a due accessi al giorno, secondo il bisogno.",
            "Per le persone non autosufficienti si può chiedere anche il contributo regionale per l'assistenza a domicilio.",
            "Il servizio è attivo anche nei mesi estivi, quando molte famiglie hanno più difficoltà a organizzarsi.",
        ],
        [Theme.Caregiver] =
        [
            "Lo sportello aiuta le famiglie a trovare un'assistente familiare qualificata, dopo un colloquio sulle esigenze della persona da assistere.",
            "Le assistenti familiari iscritte al registro territoriale hanno frequentato un corso di formazione riconosciuto da Regione Lombardia.",
            "Gli operatori spiegano come assumere in regola un'assistente familiare, dal contratto collettivo alle buste paga e ai contributi.",
            "Il gruppo di auto mutuo aiuto si incontra due volte al mese ed è guidato da una psicologa esperta nel sostegno ai caregiver.",
            "Chi assiste un familiare può chiedere qualche ora di sollievo, durante la quale un'operatrice resta con la persona assistita.",
            "Sono organizzati corsi brevi su come muovere una persona allettata, prevenire le cadute e gestire i farmaci.",
            "Lo sportello informa sui permessi della legge 104, sul congedo straordinario e sulle misure regionali per i caregiver.",
            "Quando l'assistente familiare va in ferie, lo sportello aiuta a trovare una sostituta per il periodo necessario.",
            "I colloqui si svolgono in italiano, ma si può chiedere la presenza di un mediatore culturale.",
        ],
        [Theme.Disability] =
        [
            "Il centro diurno propone attività educative, laboratori manuali, attività motorie e uscite sul territorio.",
            "Per ogni persona è definito un progetto individuale, condiviso con la famiglia e con i servizi sociali del comune di residenza.",
            "Il trasporto da casa al centro e ritorno è organizzato con mezzi attrezzati per le carrozzine.",
            "Gli operatori lavorano sulle autonomie della vita quotidiana: fare la spesa, usare i mezzi pubblici, gestire il denaro.",
            "Il centro collabora con associazioni sportive e culturali del territorio per attività di inclusione.",
            "Alcuni fine settimana all'anno sono proposti soggiorni brevi, che danno anche alle famiglie un periodo di sollievo.",
            "Il personale comprende educatori professionali, operatori socio-sanitari e un'infermiera presente alcune ore alla settimana.",
        ],
        [Theme.Counselling] =
        [
            "Lo sportello offre colloqui individuali gratuiti e riservati, su appuntamento, in presenza o in videochiamata.",
            "Gli operatori aiutano a orientarsi tra i servizi del territorio e, se serve, accompagnano verso il servizio più adatto.",
            "La mediazione familiare aiuta i genitori che si separano a trovare accordi sulla cura dei figli, nel loro interesse.",
            "Il percorso di mediazione prevede da sei a dieci incontri con un mediatore familiare qualificato.",
            "La psicologa riceve ragazzi, genitori e lavoratori che attraversano un momento di difficoltà.",
            "Lo sportello dà informazioni sui congedi parentali, sul part time e sugli strumenti di flessibilità previsti dai contratti.",
            "Tutto ciò che viene detto durante i colloqui resta riservato e non viene comunicato ad altri senza consenso.",
            "Su richiesta si organizzano incontri di gruppo per genitori su adolescenza, uso degli schermi e rientro al lavoro dopo la maternità.",
        ],
        [Theme.Work] =
        [
            "Il coworking mette a disposizione postazioni attrezzate, connessione veloce, stampante e una sala riunioni da prenotare.",
            "Le postazioni si prenotano anche per mezza giornata, così chi lavora da casa può alternare giorni in ufficio e in coworking.",
            "Accanto agli spazi di lavoro c'è uno spazio bimbi con un'educatrice, per i genitori che vogliono lavorare con i figli vicino.",
            "Il coworking è a pochi minuti a piedi dalla stazione ferroviaria e dalle fermate degli autobus.",
            "Le imprese del territorio possono convenzionarsi per offrire ai dipendenti giornate di lavoro agile vicino a casa.",
            "Gli esperti aiutano le piccole e medie imprese a costruire un piano di welfare aziendale adatto ai loro dipendenti.",
            "La consulenza comprende l'analisi dei bisogni dei lavoratori, la scelta dei servizi e le regole fiscali da rispettare.",
            "Il servizio aiuta le aziende anche a scrivere il regolamento sul lavoro agile e gli accordi individuali.",
            "Una volta al mese è organizzato un incontro aperto tra i lavoratori del coworking e le imprese del territorio.",
            "I premi di risultato possono essere convertiti in servizi di welfare, con vantaggi fiscali per l'impresa e per il lavoratore.",
        ],
        [Theme.Transport] =
        [
            "Il trasporto sociale accompagna chi non può usare i mezzi pubblici a visite mediche, terapie e uffici.",
            "I viaggi sono fatti da autisti volontari con automezzi attrezzati, anche per chi usa la carrozzina.",
            "Il trasporto va prenotato almeno tre giorni lavorativi prima, indicando l'orario dell'appuntamento.",
            "Il servizio raggiunge gli ospedali e gli ambulatori della zona, compresi quelli di Milano e di Lodi.",
            "Se serve, il volontario accompagna la persona fino all'ambulatorio e aspetta la fine della visita.",
            "I viaggi verso i centri diurni e i luoghi di lavoro possono essere programmati per tutto l'anno.",
        ],
    };
}
