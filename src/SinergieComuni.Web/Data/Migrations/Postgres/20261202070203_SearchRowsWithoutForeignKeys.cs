using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchRowsWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SearchFacetValues_SearchEntries_EntryId",
                table: "SearchFacetValues");

            migrationBuilder.DropForeignKey(
                name: "FK_SearchHoursExceptions_SearchEntries_EntryId",
                table: "SearchHoursExceptions");

            migrationBuilder.DropForeignKey(
                name: "FK_SearchHoursSlots_SearchEntries_EntryId",
                table: "SearchHoursSlots");

            migrationBuilder.DropForeignKey(
                name: "FK_SearchLocations_SearchEntries_EntryId",
                table: "SearchLocations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_SearchFacetValues_SearchEntries_EntryId",
                table: "SearchFacetValues",
                column: "EntryId",
                principalTable: "SearchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SearchHoursExceptions_SearchEntries_EntryId",
                table: "SearchHoursExceptions",
                column: "EntryId",
                principalTable: "SearchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SearchHoursSlots_SearchEntries_EntryId",
                table: "SearchHoursSlots",
                column: "EntryId",
                principalTable: "SearchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SearchLocations_SearchEntries_EntryId",
                table: "SearchLocations",
                column: "EntryId",
                principalTable: "SearchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
