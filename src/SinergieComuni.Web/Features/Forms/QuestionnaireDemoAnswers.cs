namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The 189 generated answers of the demo questionnaire, flagged <see cref="FormEntry.IsDemo"/>, so that the results
/// dashboard has something to show on a new site. The profile questions are dealt from fixed quotas (the typical
/// respondent of the real survey: a woman aged 35–40, married, two children, full-time employee living in San Giuliano
/// or San Donato Milanese, mostly in smart working); the rest is drawn from a seeded random source. Every answer set
/// is valid for the definition it is generated for: only its options, nothing for fields its conditions hide, consent given.
/// </summary>
public static class QuestionnaireDemoAnswers
{
    public const int Count = 189;

    private const int Seed = 20_240_189;

    private static readonly string[] Workers = ["dipendente", "autonomo"];

    private static readonly Dictionary<string, (string Value, int Weight)[]> Quotas = new(StringComparer.Ordinal)
    {
        ["genere"] = [("donna", 72), ("uomo", 26), ("altro", 1), ("non-indicato", 1)],
        ["eta"] = [("meno-25", 4), ("25-34", 21), ("35-40", 36), ("41-50", 28), ("51-60", 9), ("oltre-60", 2)],
        ["stato-civile"] = [("coniugato", 57), ("convivente", 16), ("nubile-celibe", 14), ("separato", 11), ("vedovo", 2)],
        ["figli"] = [("0", 14), ("1", 26), ("2", 44), ("3", 12), ("4", 4)],
        ["comune-residenza"] =
        [
            ("san-giuliano-milanese", 30), ("san-donato-milanese", 25), ("melegnano", 11), ("vizzolo-predabissi", 6), ("dresano", 4),
            ("carpiano", 4), ("cerro-al-lambro", 4), ("colturano", 3), ("san-zenone-al-lambro", 3), ("altro", 10),
        ],
        ["condizione"] = [("dipendente", 80), ("autonomo", 9), ("in-cerca", 5), ("casalinga", 3), ("studente", 1), ("pensionato", 1), ("altro", 1)],
    };

    /// <summary>Dealt among those who work, so the shares hold among the people who are asked.</summary>
    private static readonly Dictionary<string, (string Value, int Weight)[]> WorkerQuotas = new(StringComparer.Ordinal)
    {
        ["orario"] = [("tempo-pieno", 76), ("tempo-parziale", 24)],
        ["modalita"] = [("smart-working", 45), ("mista", 33), ("presenza", 22)],
    };

    private static readonly Dictionary<string, (string Value, int Weight)[]> Weights = new(StringComparer.Ordinal)
    {
        ["comune-lavoro"] =
        [
            ("san-donato-milanese", 30), ("milano", 27), ("san-giuliano-milanese", 14), ("melegnano", 8), ("vizzolo-predabissi", 3),
            ("dresano", 2), ("carpiano", 1), ("cerro-al-lambro", 1), ("colturano", 1), ("san-zenone-al-lambro", 1), ("altro", 12),
        ],
        ["settore"] =
        [
            ("servizi-imprese", 18), ("pubblica-amministrazione", 16), ("industria", 15), ("sanita-sociale", 13), ("informatica", 11),
            ("istruzione", 9), ("commercio", 8), ("terzo-settore", 5), ("logistica", 3), ("altro", 2),
        ],
        ["regolamento-smart-working"] = [("si", 58), ("in-preparazione", 10), ("no", 19), ("non-so", 13)],
        ["welfare-aziendale"] = [("si", 52), ("no", 30), ("non-so", 18)],
        ["difficolta"] = [("1", 4), ("2", 11), ("3", 29), ("4", 35), ("5", 21)],
        ["disponibilita-pagare"] = [("si-tariffa-agevolata", 46), ("solo-welfare", 24), ("si-prezzo-pieno", 12), ("no", 18)],
        ["usare-welfare"] = [("si", 71), ("no", 9), ("non-so", 20)],
        ["effetti-smart-working:conciliazione"] = [("1", 2), ("2", 5), ("3", 14), ("4", 42), ("5", 37)],
        ["effetti-smart-working:produttivita"] = [("1", 2), ("2", 8), ("3", 36), ("4", 36), ("5", 18)],
        ["effetti-smart-working:benessere"] = [("1", 3), ("2", 8), ("3", 25), ("4", 40), ("5", 24)],
    };

    /// <summary>Multiple choices: how often each option is ticked, and how many are ticked at most.</summary>
    private static readonly Dictionary<string, ((string Value, int Weight)[] Options, int Max)> Multiple = new(StringComparer.Ordinal)
    {
        ["momenti-critici"] = ([("uscita-scuola", 30), ("vacanze-scolastiche", 28), ("malattia-figli", 24), ("mattino-presto", 18),
            ("chiusure-scolastiche", 14), ("cura-anziani", 8), ("sera-turni", 6), ("fine-settimana", 3)], 3),
        ["servizi-usati"] = ([("nonni-parenti", 34), ("pre-post-scuola", 22), ("centri-estivi", 20), ("nido", 10), ("baby-sitting", 9),
            ("welfare-aziendale", 7), ("assistenza-domiciliare", 3)], 3),
        ["servizi-desiderati"] = ([("pre-post-scuola", 26), ("centri-estivi", 24), ("figli-malati", 16), ("baby-sitting", 12), ("salva-tempo", 10),
            ("coworking", 8), ("trasporto", 8), ("sportello-ascolto", 6), ("assistenza-domiciliare", 5)], 4),
        ["fasce-orarie"] = ([("pomeriggio", 38), ("mattino-presto", 24), ("sera", 16), ("fine-settimana", 10), ("mattina", 8), ("pausa-pranzo", 4)], 3),
        ["miglioramenti-smart-working"] = ([("orari-flessibili", 28), ("piu-giorni", 24), ("diritto-disconnessione", 16), ("strumenti", 12),
            ("regolamento", 10), ("coworking", 6), ("formazione", 4)], 3),
    };

    private static readonly string[] Comments =
    [
        "Servirebbero più posti nei centri estivi a luglio e agosto.",
        "Il post-scuola finisce troppo presto per chi lavora a Milano.",
        "Lo smart working mi ha cambiato la vita, spero che resti.",
        "Mancano servizi per i giorni in cui i bambini sono malati.",
        "Sarebbe utile un elenco unico dei servizi di tutti i comuni.",
        "Vorrei più informazioni sul welfare aziendale.",
        "Un trasporto dalla scuola alle attività sportive aiuterebbe molto.",
        "Uno spazio di coworking vicino a casa mi farebbe risparmiare il viaggio.",
    ];

    private static readonly string[] SmartWorkingNotes =
    [
        "A volte è difficile staccare a fine giornata.",
        "Mi mancano i colleghi: farei volentieri un giorno in più in ufficio.",
        "La connessione a casa non sempre basta.",
    ];

    /// <summary>The demo entries for <paramref name="form"/> (version <paramref name="version"/> of item <paramref name="formId"/>), dated over the past six months.</summary>
    public static List<FormEntry> Create(FormDocument form, Guid formId, int version, DateTime nowUtc)
    {
        var random = new Random(Seed);
        var people = Answers(form, random);
        return
        [
            .. people.Select(answers => new FormEntry
            {
                FormId = formId,
                FormVersion = version,
                SubmissionId = Guid.NewGuid(),
                CreatedUtc = nowUtc.AddDays(-random.Next(7, 183)).AddMinutes(-random.Next(0, 24 * 60)),
                State = EntryState.Read,
                AnswersJson = FormAnswers.Serialize(answers),
                SearchText = FormSubmissions.SearchTextOf(form, answers),
                IsDemo = true,
            }).OrderBy(e => e.CreatedUtc),
        ];
    }

    /// <summary>The answer sets alone, deterministic for a given definition.</summary>
    public static List<Dictionary<string, string[]>> Answers(FormDocument form) => Answers(form, new Random(Seed));

    private static List<Dictionary<string, string[]>> Answers(FormDocument form, Random random)
    {
        var people = Enumerable.Range(0, Count).Select(_ => new Dictionary<string, string[]>(StringComparer.Ordinal)).ToList();
        foreach (var (key, quota) in Quotas)
        {
            Deal(form.Field(key), people, quota, random);
        }

        var workers = people.Where(p => p.TryGetValue("condizione", out var c) && c.Any(Workers.Contains)).ToList();
        foreach (var (key, quota) in WorkerQuotas)
        {
            Deal(form.Field(key), workers, quota, random);
        }

        foreach (var answers in people)
        {
            foreach (var field in form.AllFields().Where(f => f.HasAnswer))
            {
                if (!answers.ContainsKey(field.Key))
                {
                    Answer(field, answers, random);
                }
            }

            RemoveHidden(form, answers);
        }

        return people;
    }

    /// <summary>Hands out the quota's values in proportion (largest remainders), shuffled; values the form does not offer are left out.</summary>
    private static void Deal(FormField? field, List<Dictionary<string, string[]>> people, (string Value, int Weight)[] quota, Random random)
    {
        if (field is null)
        {
            return;
        }

        var offered = quota.Where(q => Offers(field, q.Value)).ToArray();
        if (offered.Length == 0 || people.Count == 0)
        {
            return;
        }

        var total = offered.Sum(q => q.Weight);
        var shares = offered.Select(q => (q.Value, Exact: (double)q.Weight * people.Count / total)).ToList();
        var counts = shares.ToDictionary(s => s.Value, s => (int)Math.Floor(s.Exact), StringComparer.Ordinal);
        foreach (var share in shares.OrderByDescending(s => s.Exact - Math.Floor(s.Exact)).Take(people.Count - counts.Values.Sum()))
        {
            counts[share.Value]++;
        }

        var deck = offered.SelectMany(q => Enumerable.Repeat(q.Value, counts[q.Value])).ToArray();
        random.Shuffle(deck);
        for (var i = 0; i < people.Count; i++)
        {
            people[i][field.Key] = [deck[i]];
        }
    }

    private static void Answer(FormField field, Dictionary<string, string[]> answers, Random random)
    {
        switch (field.Type)
        {
            case FormFieldType.SingleChoice or FormFieldType.Scale:
                if (Pick(field, Weights.GetValueOrDefault(field.Key), random) is { } value && (field.Required || random.Next(10) > 0))
                {
                    answers[field.Key] = [value];
                }

                break;
            case FormFieldType.MultipleChoice:
                var chosen = field.Key == "eta-figli" ? ChildrenAges(field, answers, random) : Several(field, random);
                if (chosen.Length > 0)
                {
                    answers[field.Key] = [.. field.Options.Select(o => o.Value).Where(chosen.Contains)];
                }

                break;
            case FormFieldType.Matrix:
                foreach (var row in field.Rows)
                {
                    var key = FormAnswers.RowKey(field.Key, row.Value);
                    answers[key] = [Pick(field, Weights.GetValueOrDefault(key), random)!];
                }

                break;
            case FormFieldType.Number:
                answers[field.Key] = [Number(field, answers, random)];
                break;
            case FormFieldType.Consent:
                answers[field.Key] = ["si"];
                break;
            case FormFieldType.LongText or FormFieldType.ShortText:
                var texts = field.Key == "commento" ? Comments : field.Key == "smart-working-altro" ? SmartWorkingNotes : null;
                if (texts is not null && random.Next(100) < 18)
                {
                    answers[field.Key] = [texts[random.Next(texts.Length)]];
                }
                else if (field.Required)
                {
                    answers[field.Key] = ["Risposta dimostrativa"];
                }

                break;
        }
    }

    /// <summary>One age band per child, older bands for older parents; the answer lists each band once.</summary>
    private static string[] ChildrenAges(FormField field, Dictionary<string, string[]> answers, Random random)
    {
        var children = answers.TryGetValue("figli", out var n) && int.TryParse(n[0], out var count) ? Math.Max(count, 1) : 1;
        var parent = answers.TryGetValue("eta", out var band) ? band[0] : "35-40";
        (string, int)[] bands = parent switch
        {
            "meno-25" => [("0-3", 80), ("3-6", 20)],
            "25-34" => [("0-3", 45), ("3-6", 35), ("6-11", 20)],
            "35-40" => [("0-3", 20), ("3-6", 30), ("6-11", 35), ("11-14", 15)],
            "41-50" => [("3-6", 10), ("6-11", 35), ("11-14", 30), ("14-18", 25)],
            "51-60" => [("11-14", 10), ("14-18", 40), ("oltre-18", 50)],
            _ => [("oltre-18", 100)],
        };
        var chosen = Enumerable.Range(0, children).Select(_ => Pick(field, bands, random)).OfType<string>().Distinct().ToArray();
        return chosen.Length > 0 ? chosen : [field.Options[0].Value];
    }

    private static string[] Several(FormField field, Random random)
    {
        if (field.Key == "familiari-carico")
        {
            var roll = random.Next(100);
            string[] carers = roll < 70 ? ["nessuno"] : roll < 92 ? ["anziani"] : roll < 97 ? ["disabilita"] : ["anziani", "disabilita"];
            return [.. carers.Where(v => Offers(field, v))];
        }

        var (weights, max) = Multiple.TryGetValue(field.Key, out var known) ? known : (field.Options.Select(o => (o.Value, 1)).ToArray(), 2);
        var how = 1 + random.Next(Math.Min(max, field.Options.Count));
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; chosen.Count < how && attempt < 20; attempt++)
        {
            if (Pick(field, weights, random) is { } value)
            {
                chosen.Add(value);
            }
        }

        return [.. chosen];
    }

    private static string Number(FormField field, Dictionary<string, string[]> answers, Random random)
    {
        var min = field.Min is { } a && FormVisibility.TryNumber(a, out var low) ? (int)Math.Ceiling(low) : 0;
        var max = field.Max is { } b && FormVisibility.TryNumber(b, out var high) ? (int)Math.Floor(high) : min + 5;
        var value = field.Key == "giorni-smart-working" && answers.TryGetValue("modalita", out var mode)
            ? mode[0] == "smart-working" ? 4 + random.Next(2) : 1 + random.Next(3)
            : min + random.Next(Math.Max(max - min, 0) + 1);
        return Math.Clamp(value, min, Math.Max(min, max)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A weighted choice among the values the field offers (all of them equally when none of the weights applies).</summary>
    private static string? Pick(FormField field, (string Value, int Weight)[]? weights, Random random)
    {
        var offered = weights?.Where(w => Offers(field, w.Value)).ToArray() ?? [];
        if (offered.Length == 0)
        {
            offered = field.Type is FormFieldType.Scale or FormFieldType.Matrix && field.Options.Count == 0
                ? [.. Enumerable.Range(1, field.ScaleMax).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1))]
                : [.. field.Options.Select(o => (o.Value, 1))];
        }

        if (offered.Length == 0)
        {
            return null;
        }

        var roll = random.Next(offered.Sum(w => w.Weight));
        foreach (var (value, weight) in offered)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return offered[^1].Value;
    }

    private static bool Offers(FormField field, string value) => field.Type switch
    {
        FormFieldType.Scale or FormFieldType.Matrix => int.TryParse(value, out var point) && point >= 1 && point <= field.ScaleMax,
        FormFieldType.Number => FormVisibility.TryNumber(value, out var number)
            && (field.Min is null || !FormVisibility.TryNumber(field.Min, out var min) || number >= min)
            && (field.Max is null || !FormVisibility.TryNumber(field.Max, out var max) || number <= max),
        _ => field.Options.Any(o => o.Value == value),
    };

    /// <summary>What a visitor could not have answered: fields (and matrix rows) that the answers' own conditions hide.</summary>
    private static void RemoveHidden(FormDocument form, Dictionary<string, string[]> answers)
    {
        var visibility = FormVisibility.Evaluate(form, answers);
        foreach (var field in form.AllFields().Where(f => f.HasAnswer && !visibility.IsVisible(f)))
        {
            answers.Remove(field.Key);
            foreach (var row in field.Rows)
            {
                answers.Remove(FormAnswers.RowKey(field.Key, row.Value));
            }
        }
    }
}
