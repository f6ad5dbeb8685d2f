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

            migrationBuilder.AddColumn<bool>(
                name: "CoversDrafts",
                table: "SearchEntries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // An entry over 2 kB (body, its terms, the tsvector) is cut down to 128 bytes in the table instead of
            // 2 kB, its large values going out of line: a page holds tens of entries, so a search reads few pages.
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" SET (toast_tuple_target = 128);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" RESET (toast_tuple_target);""");

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
