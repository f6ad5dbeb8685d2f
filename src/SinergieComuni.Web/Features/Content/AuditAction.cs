namespace SinergieComuni.Web.Features.Content;

/// <summary>Every action the audit log records.</summary>
public enum AuditAction
{
    Create,
    Save,
    Publish,
    Unpublish,
    SchedulePublish,
    ScheduleUnpublish,
    CancelSchedule,
    Submit,
    SendBack,
    Delete,
    Restore,
    Purge,
    Rollback,
    RedirectAdd,
    RedirectRemove,
    UserInvite,
    RoleChange,
    OrganisationChange,
    Unlock,
    SynonymsChange,
    MunicipalityCentres,
    PersonalDataExport,
    PersonalDataErase,
    FormEntryDelete,
    MediaDelete,
    NavigationChange,
}

public static class AuditActionLabels
{
    public static string Label(AuditAction action) => action switch
    {
        AuditAction.Create => "Creazione",
        AuditAction.Save => "Salvataggio",
        AuditAction.Publish => "Pubblicazione",
        AuditAction.Unpublish => "Ritiro dalla pubblicazione",
        AuditAction.SchedulePublish => "Pubblicazione programmata",
        AuditAction.ScheduleUnpublish => "Ritiro programmato",
        AuditAction.CancelSchedule => "Programmazione annullata",
        AuditAction.Submit => "Inviato per approvazione",
        AuditAction.SendBack => "Rimandato con commento",
        AuditAction.Delete => "Spostato nel cestino",
        AuditAction.Restore => "Ripristinato dal cestino",
        AuditAction.Purge => "Eliminato definitivamente",
        AuditAction.Rollback => "Ripristino di una versione",
        AuditAction.RedirectAdd => "Redirect aggiunto",
        AuditAction.RedirectRemove => "Redirect rimosso",
        AuditAction.UserInvite => "Utente invitato",
        AuditAction.RoleChange => "Ruoli modificati",
        AuditAction.OrganisationChange => "Organizzazione dell'utente modificata",
        AuditAction.Unlock => "Accesso sbloccato",
        AuditAction.SynonymsChange => "Sinonimi della ricerca modificati",
        AuditAction.MunicipalityCentres => "Centri dei comuni modificati",
        AuditAction.PersonalDataExport => "Dati personali esportati",
        AuditAction.PersonalDataErase => "Dati personali cancellati",
        AuditAction.FormEntryDelete => "Risposta a un modulo eliminata",
        AuditAction.MediaDelete => "File eliminato dalla libreria media",
        AuditAction.NavigationChange => "Navigazione del sito modificata",
        _ => action.ToString(),
    };
}
