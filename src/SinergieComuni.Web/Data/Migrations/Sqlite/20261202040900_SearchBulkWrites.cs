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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
