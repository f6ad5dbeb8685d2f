using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceListings",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortDescription = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceListings", x => x.ItemId);
                });

            migrationBuilder.CreateTable(
                name: "TaxonomyTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Vocabulary = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxonomyTerms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceListingMunicipalities",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceListingMunicipalities", x => new { x.ItemId, x.Municipality });
                    table.ForeignKey(
                        name: "FK_ServiceListingMunicipalities_ServiceListings_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ServiceListings",
                        principalColumn: "ItemId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceListingVenues",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceListingVenues", x => new { x.ItemId, x.Index });
                    table.ForeignKey(
                        name: "FK_ServiceListingVenues_ServiceListings_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ServiceListings",
                        principalColumn: "ItemId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceListingMunicipalities_Municipality",
                table: "ServiceListingMunicipalities",
                column: "Municipality");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceListings_Category",
                table: "ServiceListings",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceListings_OrganisationId",
                table: "ServiceListings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceListings_Slug",
                table: "ServiceListings",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyTerms_Vocabulary_Key",
                table: "TaxonomyTerms",
                columns: new[] { "Vocabulary", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceListingMunicipalities");

            migrationBuilder.DropTable(
                name: "ServiceListingVenues");

            migrationBuilder.DropTable(
                name: "TaxonomyTerms");

            migrationBuilder.DropTable(
                name: "ServiceListings");
        }
    }
}
