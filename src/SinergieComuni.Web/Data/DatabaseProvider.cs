namespace SinergieComuni.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
