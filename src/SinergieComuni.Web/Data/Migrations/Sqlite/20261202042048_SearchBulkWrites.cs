using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchBulkWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchLocations_Latitude_Longitude",
                table: "SearchLocations");

            migrationBuilder.DropIndex(
                name: "IX_SearchHoursSlots_Day_Opens_Closes",
                table: "SearchHoursSlots");

            migrationBuilder.DropIndex(
                name: "IX_SearchHoursExceptions_Date",
                table: "SearchHoursExceptions");

            migrationBuilder.DropIndex(
                name: "IX_SearchFacetValues_Facet_Value_EntryId",
                table: "SearchFacetValues");

            migrationBuilder.AddColumn<bool>(
                name: "CoversDrafts",
                table: "SearchEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The FTS5 table without prefix indexes: they tripled the work of every insert, and prefix queries read
            // the term index's range just as well at this size. Same name, so the triggers keep feeding it.
            migrationBuilder.Sql("""DROP TABLE "SearchFts";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchFts" USING fts5(
                    "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms",
                    content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0');
                """);
            migrationBuilder.Sql("""INSERT INTO "SearchFts"("SearchFts") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchFts";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchFts" USING fts5(
                    "TitleTerms", "TagTerms", "SummaryTerms", "BodyTerms",
                    content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 0', prefix='2 3');
                """);
            migrationBuilder.Sql("""INSERT INTO "SearchFts"("SearchFts") VALUES ('rebuild');""");

            migrationBuilder.DropColumn(
                name: "CoversDrafts",
                table: "SearchEntries");

            migrationBuilder.CreateIndex(
                name: "IX_SearchLocations_Latitude_Longitude",
                table: "SearchLocations",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchHoursSlots_Day_Opens_Closes",
                table: "SearchHoursSlots",
                columns: new[] { "Day", "Opens", "Closes" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchHoursExceptions_Date",
                table: "SearchHoursExceptions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SearchFacetValues_Facet_Value_EntryId",
                table: "SearchFacetValues",
                columns: new[] { "Facet", "Value", "EntryId" });
        }
    }
}
