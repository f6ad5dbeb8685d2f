using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchVectorWrittenByApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The tsvector is now written by the application with the rest of the entry (binary COPY): computing it
            // in the database was half of PostgreSQL's work in a rebuild. Existing vectors and the GIN index stay.
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" ALTER COLUMN "Vector" DROP EXPRESSION;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_SearchEntries_Vector";
                ALTER TABLE "SearchEntries" DROP COLUMN "Vector";
                ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, "TitleTerms"), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, "TagTerms"), 'B') ||
                    setweight(to_tsvector('simple'::regconfig, "SummaryTerms"), 'C') ||
                    setweight(to_tsvector('simple'::regconfig, "BodyTerms"), 'D')) STORED;
                CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");
                """);
        }
    }
}
