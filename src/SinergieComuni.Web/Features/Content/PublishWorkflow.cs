using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Every change to editable content goes through here: versions, publishing, scheduling, review, bin, rollback.
/// Each action checks permissions on the server, writes its audit entry and commits in one transaction.
/// </summary>
public sealed class PublishWorkflow(SinergieDbContext db, TimeProvider clock, IEnumerable<IContentTypeRules> rules, Redirects redirects, AuditLog audit, IEnumerable<IContentChangeObserver> observers)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WorkflowResult> CreateAsync(ContentActor actor, string typeKey, IContentDocument document, CancellationToken cancellationToken)
    {
        var type = ContentTypes.Get(typeKey);
        if (!ContentPermissions.CanCreate(actor, type))
        {
            return WorkflowResult.Forbidden();
        }

        var item = new ContentItem { ContentType = type.Key, CreatedUtc = Now };
        var errors = await PrepareAsync(actor, type, item, document, cancellationToken);
        if (errors.Count > 0)
        {
            return WorkflowResult.Invalid(errors);
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            db.ContentItems.Add(item);
            AddVersion(item, document, actor, note: null);
            Audit(actor, AuditAction.Create, item);
            await db.SaveChangesAsync(cancellationToken);
            await NotifyAsync(item, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }

        return WorkflowResult.Done(item.Id, $"{Capitalise(type.SingularLabel)} {type.Agree("creata")} come bozza.");
    }

    public async Task<WorkflowResult> SaveAsync(ContentActor actor, Guid itemId, IContentDocument document, int expectedRevision, CancellationToken cancellationToken) =>
        await ChangeAsync(itemId, expectedRevision, cancellationToken, async (item, type) =>
        {
            if (!ContentPermissions.CanEdit(actor, type, item))
            {
                return WorkflowResult.Forbidden();
            }

            var errors = await PrepareAsync(actor, type, item, document, cancellationToken);
            if (errors.Count > 0)
            {
                return WorkflowResult.Invalid(errors);
            }

            AddVersion(item, document, actor, note: null);
            Audit(actor, AuditAction.Save, item, $"Versione {item.LatestVersion}");
            return WorkflowResult.Done(item.Id, "Bozza salvata.");
        });

    public Task<WorkflowResult> PublishAsync(ContentActor actor, Guid itemId, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, async (item, type) =>
        {
            if (!ContentPermissions.CanPublish(actor, item))
            {
                return WorkflowResult.Forbidden();
            }

            var approved = item.ReviewState == ReviewState.Submitted;
            await PublishLatestAsync(item, type, actor, cancellationToken);
            Audit(actor, AuditAction.Publish, item, approved ? $"Versione {item.LatestVersion}, approvata" : $"Versione {item.LatestVersion}");
            return WorkflowResult.Done(item.Id, approved ? "Modifiche approvate e pubblicate." : "Pubblicato.");
        });

    public Task<WorkflowResult> UnpublishAsync(ContentActor actor, Guid itemId, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, async (item, type) =>
        {
            if (!ContentPermissions.CanPublish(actor, item))
            {
                return WorkflowResult.Forbidden();
            }

            if (!item.IsPublished)
            {
                return WorkflowResult.Invalid("", "Il contenuto non è pubblicato.");
            }

            await TakeDownAsync(item, type, cancellationToken);
            item.UnpublishAtUtc = null;
            Audit(actor, AuditAction.Unpublish, item);
            return WorkflowResult.Done(item.Id, "Ritirato dalla pubblicazione.");
        });

    /// <summary>Sets (or clears, with nulls) the publish and unpublish times; both are UTC.</summary>
    public Task<WorkflowResult> ScheduleAsync(ContentActor actor, Guid itemId, DateTime? publishAtUtc, DateTime? unpublishAtUtc, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, (item, _) =>
        {
            if (!ContentPermissions.CanPublish(actor, item))
            {
                return Task.FromResult(WorkflowResult.Forbidden());
            }

            if (publishAtUtc is { } publishAt && publishAt <= Now)
            {
                return Task.FromResult(WorkflowResult.Invalid("PublishAt", "La data di pubblicazione deve essere nel futuro."));
            }

            if (unpublishAtUtc is { } unpublishAt && (unpublishAt <= Now || (publishAtUtc is { } p && unpublishAt <= p)))
            {
                return Task.FromResult(WorkflowResult.Invalid("UnpublishAt", "La data di ritiro deve essere nel futuro e dopo quella di pubblicazione."));
            }

            if (unpublishAtUtc is not null && publishAtUtc is null && !item.IsPublished)
            {
                return Task.FromResult(WorkflowResult.Invalid("UnpublishAt", "Un contenuto non pubblicato può avere un ritiro programmato solo insieme a una pubblicazione programmata."));
            }

            var cleared = item.PublishAtUtc is not null || item.UnpublishAtUtc is not null;
            item.PublishAtUtc = publishAtUtc;
            item.UnpublishAtUtc = unpublishAtUtc;
            if (publishAtUtc is not null)
            {
                Audit(actor, AuditAction.SchedulePublish, item, $"Pubblicazione il {FormatRome(publishAtUtc.Value)}");
            }

            if (unpublishAtUtc is not null)
            {
                Audit(actor, AuditAction.ScheduleUnpublish, item, $"Ritiro il {FormatRome(unpublishAtUtc.Value)}");
            }

            if (publishAtUtc is null && unpublishAtUtc is null)
            {
                if (!cleared)
                {
                    return Task.FromResult(WorkflowResult.Invalid("PublishAt", "Indica almeno una data di pubblicazione o di ritiro."));
                }

                Audit(actor, AuditAction.CancelSchedule, item);
                return Task.FromResult(WorkflowResult.Done(item.Id, "Programmazione annullata."));
            }

            return Task.FromResult(WorkflowResult.Done(item.Id, "Programmazione salvata."));
        });

    public Task<WorkflowResult> SubmitAsync(ContentActor actor, Guid itemId, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, (item, type) =>
        {
            if (!ContentPermissions.CanSubmit(actor, type, item))
            {
                return Task.FromResult(WorkflowResult.Forbidden());
            }

            if (!item.HasUnpublishedChanges)
            {
                return Task.FromResult(WorkflowResult.Invalid("", "Non ci sono modifiche da inviare: la versione pubblicata è già l'ultima."));
            }

            item.ReviewState = ReviewState.Submitted;
            item.ReviewComment = null;
            Audit(actor, AuditAction.Submit, item, $"Versione {item.LatestVersion}");
            return Task.FromResult(WorkflowResult.Done(item.Id, "Inviato alla redazione per l'approvazione."));
        });

    public Task<WorkflowResult> SendBackAsync(ContentActor actor, Guid itemId, string comment, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, (item, _) =>
        {
            if (!ContentPermissions.CanPublish(actor, item))
            {
                return Task.FromResult(WorkflowResult.Forbidden());
            }

            comment = comment.Trim();
            if (comment.Length is 0 or > 2000)
            {
                return Task.FromResult(WorkflowResult.Invalid("Comment", "Scrivi un commento (al massimo 2000 caratteri) che spieghi cosa cambiare."));
            }

            if (item.ReviewState != ReviewState.Submitted)
            {
                return Task.FromResult(WorkflowResult.Invalid("", "Si possono rimandare solo i contenuti inviati per l'approvazione."));
            }

            item.ReviewState = ReviewState.SentBack;
            item.ReviewComment = comment;
            Audit(actor, AuditAction.SendBack, item, comment);
            return Task.FromResult(WorkflowResult.Done(item.Id, "Rimandato con il tuo commento."));
        });

    public Task<WorkflowResult> DeleteAsync(ContentActor actor, Guid itemId, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, async (item, type) =>
        {
            if (!ContentPermissions.CanDelete(actor, item))
            {
                return WorkflowResult.Forbidden();
            }

            if (item.IsPublished)
            {
                await TakeDownAsync(item, type, cancellationToken);
            }

            item.DeletedUtc = Now;
            item.DeletedBy = actor.UserName;
            item.PublishAtUtc = null;
            item.UnpublishAtUtc = null;
            item.ReviewState = ReviewState.None;
            Audit(actor, AuditAction.Delete, item);
            return WorkflowResult.Done(item.Id, "Spostato nel cestino.");
        }, includeDeleted: true);

    public Task<WorkflowResult> RestoreAsync(ContentActor actor, Guid itemId, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, null, cancellationToken, (item, _) =>
        {
            if (!ContentPermissions.CanRestore(actor, item))
            {
                return Task.FromResult(WorkflowResult.Forbidden());
            }

            item.DeletedUtc = null;
            item.DeletedBy = null;
            Audit(actor, AuditAction.Restore, item, "Ripristinato come bozza non pubblicata");
            return Task.FromResult(WorkflowResult.Done(item.Id, "Ripristinato dal cestino come bozza."));
        }, includeDeleted: true);

    /// <summary>Removes items in the bin for good (all of them when <paramref name="itemId"/> is null). Administrators only.</summary>
    public async Task<WorkflowResult> PurgeAsync(ContentActor actor, Guid? itemId, CancellationToken cancellationToken)
    {
        if (!ContentPermissions.CanPurge(actor))
        {
            return WorkflowResult.Forbidden();
        }

        var query = db.ContentItems.Where(i => i.DeletedUtc != null);
        if (itemId is { } id)
        {
            query = query.Where(i => i.Id == id);
        }

        var items = await query.ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            Audit(actor, AuditAction.Purge, item);
        }

        var ids = items.Select(i => i.Id).ToList();
        db.ContentVersions.RemoveRange(await db.ContentVersions.Where(v => ids.Contains(v.ItemId)).ToListAsync(cancellationToken));
        db.ContentItems.RemoveRange(items);
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowResult(WorkflowOutcome.Done, itemId, Message: items.Count == 1 ? "Eliminato definitivamente." : $"Eliminati definitivamente {items.Count} contenuti.");
    }

    /// <summary>Makes a new draft with exactly the fields of an earlier version.</summary>
    public Task<WorkflowResult> RollbackAsync(ContentActor actor, Guid itemId, int versionNumber, int? expectedRevision, CancellationToken cancellationToken) =>
        ChangeAsync(itemId, expectedRevision, cancellationToken, async (item, type) =>
        {
            if (!ContentPermissions.CanEdit(actor, type, item))
            {
                return WorkflowResult.Forbidden();
            }

            var old = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == item.Id && v.Number == versionNumber, cancellationToken);
            if (old is null)
            {
                return WorkflowResult.Invalid("", $"La versione {versionNumber} non esiste.");
            }

            if (await SlugTakenAsync(type, old.Slug, item.Id, cancellationToken))
            {
                return WorkflowResult.Invalid("Slug", $"L'indirizzo «{old.Slug}» della versione {versionNumber} ora è usato da un altro contenuto: non si può ripristinare così com'è.");
            }

            var document = ContentJson.Deserialize(old.DataJson, type.DocumentType);
            if (actor.IsPartner && RulesFor(type)?.OwningOrganisation(document, item.Id) != actor.OrganisationId)
            {
                return WorkflowResult.Forbidden();
            }

            item.OrganisationId = RulesFor(type)?.OwningOrganisation(document, item.Id);
            AddVersion(item, document, actor, note: $"Ripristino della versione {versionNumber}", rawJson: old.DataJson);
            Audit(actor, AuditAction.Rollback, item, $"Versione {versionNumber} ripristinata come versione {item.LatestVersion}");
            return WorkflowResult.Done(item.Id, $"Ripristinata la versione {versionNumber} come nuova bozza.");
        });

    /// <summary>Publishes and unpublishes what is due at <paramref name="nowUtc"/>. Returns how many items changed.</summary>
    public async Task<int> RunScheduledAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using var transaction = ownTransaction;
        var due = await db.ContentItems
            .Where(i => i.DeletedUtc == null && ((i.PublishAtUtc != null && i.PublishAtUtc <= nowUtc) || (i.UnpublishAtUtc != null && i.UnpublishAtUtc <= nowUtc)))
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var item in due)
        {
            var type = ContentTypes.Get(item.ContentType);
            if (item.PublishAtUtc is { } publishAt && publishAt <= nowUtc)
            {
                await PublishLatestAsync(item, type, ContentActor.Scheduler, cancellationToken);
                Audit(ContentActor.Scheduler, AuditAction.Publish, item, $"Versione {item.LatestVersion}, pubblicazione programmata");
            }

            if (item.UnpublishAtUtc is { } unpublishAt && unpublishAt <= nowUtc)
            {
                if (item.IsPublished)
                {
                    await TakeDownAsync(item, type, cancellationToken);
                    Audit(ContentActor.Scheduler, AuditAction.Unpublish, item, "Ritiro programmato");
                }

                item.UnpublishAtUtc = null;
            }

            Touch(item, ContentActor.Scheduler);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in due)
        {
            await NotifyAsync(item, cancellationToken);
        }

        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return changed;
    }

    private async Task<WorkflowResult> ChangeAsync(Guid itemId, int? expectedRevision, CancellationToken cancellationToken,
        Func<ContentItem, ContentTypeDefinition, Task<WorkflowResult>> change, bool includeDeleted = false)
    {
        // Type rules may save intermediate steps (read tables): one transaction keeps the action all-or-nothing.
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
            var type = ContentTypes.Find(item?.ContentType);
            if (item is null || type is null || (item.IsDeleted && !includeDeleted))
            {
                return WorkflowResult.NotFound();
            }

            if (expectedRevision is { } revision && revision != item.Revision)
            {
                return WorkflowResult.Conflict();
            }

            var result = await change(item, type);
            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear();
                return result;
            }

            Touch(item, null);
            await db.SaveChangesAsync(cancellationToken);
            await NotifyAsync(item, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Conflict();
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private async Task NotifyAsync(ContentItem item, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OnItemChangedAsync(item, cancellationToken);
        }
    }

    private void Touch(ContentItem item, ContentActor? actor)
    {
        item.Revision++;
        item.UpdatedUtc = Now;
        if (actor is not null)
        {
            item.UpdatedBy = actor.UserName;
        }
    }

    private void AddVersion(ContentItem item, IContentDocument document, ContentActor actor, string? note, string? rawJson = null)
    {
        item.LatestVersion++;
        item.Title = document.Title;
        item.Slug = document.Slug;
        item.UpdatedUtc = Now;
        item.UpdatedBy = actor.UserName;
        db.ContentVersions.Add(new ContentVersion
        {
            ItemId = item.Id,
            Number = item.LatestVersion,
            Title = document.Title,
            Slug = document.Slug,
            DataJson = rawJson ?? ContentJson.Serialize(document),
            AuthorId = actor.UserId,
            AuthorName = actor.UserName,
            CreatedUtc = Now,
            Note = note,
        });
    }

    private async Task PublishLatestAsync(ContentItem item, ContentTypeDefinition type, ContentActor actor, CancellationToken cancellationToken)
    {
        var latest = db.ContentVersions.Local.FirstOrDefault(v => v.ItemId == item.Id && v.Number == item.LatestVersion)
            ?? await db.ContentVersions.AsNoTracking().FirstAsync(v => v.ItemId == item.Id && v.Number == item.LatestVersion, cancellationToken);
        var oldPath = item.PublishedSlug is null ? null : type.PublicPath(item.PublishedSlug);
        var newPath = type.PublicPath(latest.Slug);
        item.PublishedVersion = latest.Number;
        item.PublishedSlug = latest.Slug;
        item.PublishedTitle = latest.Title;
        item.PublishedUtc = Now;
        item.FirstPublishedUtc ??= Now;
        item.PublishAtUtc = null;
        item.ReviewState = ReviewState.None;
        item.ReviewComment = null;
        item.UpdatedBy = actor.UserName;
        await redirects.OnPublishedAtAsync(item, oldPath, newPath, actor, cancellationToken);
        var rulesForType = RulesFor(type);
        if (rulesForType is not null)
        {
            await rulesForType.OnPublicationChangedAsync(item, ContentJson.Deserialize(latest.DataJson, type.DocumentType), cancellationToken);
        }
    }

    private async Task TakeDownAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        item.PublishedVersion = null;
        item.PublishedSlug = null;
        item.PublishedTitle = null;
        var rulesForType = RulesFor(type);
        if (rulesForType is not null)
        {
            await rulesForType.OnPublicationChangedAsync(item, null, cancellationToken);
        }
    }

    /// <summary>
    /// Makes a posted document ready to store: partner staff can only file cards under their own organisation, an empty
    /// slug comes from the title; then validates it and sets the item's owning organisation. Returns the errors.
    /// </summary>
    private async Task<Dictionary<string, List<string>>> PrepareAsync(ContentActor actor, ContentTypeDefinition type, ContentItem item, IContentDocument document, CancellationToken cancellationToken)
    {
        var typeRules = RulesFor(type);
        if (actor.IsPartner && document is Services.ServiceCardDocument card)
        {
            card.OrganisationId = actor.OrganisationId;
        }

        if (string.IsNullOrWhiteSpace(document.Slug))
        {
            document.Slug = await UniqueSlugAsync(type, SlugGenerator.FromTitle(document.Title), item.Id, cancellationToken);
        }

        var errors = await ValidateAsync(type, typeRules, document, item.Id, cancellationToken);
        if (errors.Count == 0)
        {
            item.OrganisationId = typeRules?.OwningOrganisation(document, item.Id);
        }

        return errors;
    }

    private async Task<Dictionary<string, List<string>>> ValidateAsync(ContentTypeDefinition type, IContentTypeRules? typeRules, IContentDocument document, Guid itemId, CancellationToken cancellationToken)
    {
        var errors = DocumentValidator.Validate(document);
        document.Slug = document.Slug.Trim().ToLowerInvariant();
        if (!ContentSlug.IsValid(document.Slug))
        {
            errors.TryAdd("Slug", ["Lo slug può contenere solo lettere minuscole senza accenti, cifre e trattini singoli (per esempio «nido-il-girasole»)."]);
        }
        else if (await SlugTakenAsync(type, document.Slug, itemId, cancellationToken))
        {
            errors.TryAdd("Slug", [$"L'indirizzo «{document.Slug}» è già usato da {type.AnotherLabel}: scegline un altro."]);
        }
        else if (type.Key == ContentTypes.Page && ReservedPageSlugs.Contains(document.Slug))
        {
            errors.TryAdd("Slug", [$"L'indirizzo «{document.Slug}» è riservato a una sezione del sito."]);
        }

        if (typeRules is not null)
        {
            foreach (var (key, messages) in await typeRules.ValidateAsync(document, cancellationToken))
            {
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }

                list.AddRange(messages);
            }
        }

        return errors;
    }

    /// <summary>First-level addresses that belong to features, not to free pages.</summary>
    private static readonly HashSet<string> ReservedPageSlugs = ["backoffice", "api", "health", "errore", "organizzazioni", "comuni", "sitemap-xml", "lib", "css", "js"];

    private Task<bool> SlugTakenAsync(ContentTypeDefinition type, string slug, Guid itemId, CancellationToken cancellationToken) =>
        db.ContentItems.AnyAsync(i => i.ContentType == type.Key && i.Id != itemId && (i.Slug == slug || i.PublishedSlug == slug), cancellationToken);

    private async Task<string> UniqueSlugAsync(ContentTypeDefinition type, string baseSlug, Guid itemId, CancellationToken cancellationToken)
    {
        var candidate = baseSlug;
        for (var n = 2; await SlugTakenAsync(type, candidate, itemId, cancellationToken) || (type.Key == ContentTypes.Page && ReservedPageSlugs.Contains(candidate)); n++)
        {
            candidate = $"{baseSlug}-{n}";
        }

        return candidate;
    }

    private IContentTypeRules? RulesFor(ContentTypeDefinition type) => rules.FirstOrDefault(r => r.ContentType == type.Key);

    private void Audit(ContentActor actor, AuditAction action, ContentItem item, string? details = null) =>
        audit.Record(actor, action, item, details);

    private static string FormatRome(DateTime utc) =>
        Infrastructure.RomeTime.ToRomeTime(utc).ToString("dd/MM/yyyy 'alle' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("it-IT"));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
