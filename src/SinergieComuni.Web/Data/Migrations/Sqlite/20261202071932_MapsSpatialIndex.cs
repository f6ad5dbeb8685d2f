using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MapsSpatialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Municipality",
                table: "SearchLocations",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Box and radius searches find venues through an R*Tree, kept by triggers. Its id is derived from the row
            // (EntryId × 1024 + venue) so that it survives the table rebuilds SQLite migrations do; such a rebuild
            // drops these triggers, and a migration doing one must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchLocationsRtree" USING rtree("Id", "MinLatitude", "MaxLatitude", "MinLongitude", "MaxLongitude");
                INSERT INTO "SearchLocationsRtree" SELECT "EntryId" * 1024 + "Venue", "Latitude", "Latitude", "Longitude", "Longitude" FROM "SearchLocations";
                CREATE TRIGGER "SearchLocations_Rtree_Insert" AFTER INSERT ON "SearchLocations" BEGIN
                    INSERT INTO "SearchLocationsRtree" VALUES (new."EntryId" * 1024 + new."Venue", new."Latitude", new."Latitude", new."Longitude", new."Longitude");
                END;
                CREATE TRIGGER "SearchLocations_Rtree_Delete" AFTER DELETE ON "SearchLocations" BEGIN
                    DELETE FROM "SearchLocationsRtree" WHERE "Id" = old."EntryId" * 1024 + old."Venue";
                END;
                CREATE TRIGGER "SearchLocations_Rtree_Update" AFTER UPDATE ON "SearchLocations" BEGIN
                    DELETE FROM "SearchLocationsRtree" WHERE "Id" = old."EntryId" * 1024 + old."Venue";
                    INSERT INTO "SearchLocationsRtree" VALUES (new."EntryId" * 1024 + new."Venue", new."Latitude", new."Latitude", new."Longitude", new."Longitude");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchLocations_Rtree_Update";
                DROP TRIGGER "SearchLocations_Rtree_Delete";
                DROP TRIGGER "SearchLocations_Rtree_Insert";
                DROP TABLE "SearchLocationsRtree";
                """);

            migrationBuilder.DropColumn(
                name: "Municipality",
                table: "SearchLocations");
        }
    }
}
