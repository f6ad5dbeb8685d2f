using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Postgres
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

            // Large text (body, its terms, the tsvector) goes out of line, so a page holds tens of entries and a
            // search visits few pages; one GIN index per scope, so public searches never wade through drafts.
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" SET (toast_tuple_target = 128);""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Vector";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Vector_Public" ON "SearchEntries" USING GIN ("Vector") WHERE "Scope" = 0;""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Vector_Drafts" ON "SearchEntries" USING GIN ("Vector") WHERE "Scope" = 1;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Vector_Public";""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Vector_Drafts";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");""");
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" RESET (toast_tuple_target);""");

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
