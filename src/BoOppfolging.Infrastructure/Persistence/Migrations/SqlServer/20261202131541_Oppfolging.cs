using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Oppfolging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Besok",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    UtfortAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dato = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: true),
                    Slutt = table.Column<TimeOnly>(type: "time", nullable: true),
                    Minutter = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Utfall = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: true),
                    Arsak = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Omrader = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Maal = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Notat = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PlanlagtAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Planlagt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RegistrertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Registrert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Korreksjoner = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Besok", x => x.Id);
                    table.CheckConstraint("CK_Besok_Minutter", "[Minutter] >= 0 AND [Minutter] <= 1440");
                    table.CheckConstraint("CK_Besok_RegistrertHarUtfall", "[Status] <> 'Registrert' OR ([Utfall] IS NOT NULL AND [Registrert] IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Besok_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kontaktperioder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrukerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rolle = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Fra = table.Column<DateOnly>(type: "date", nullable: false),
                    Til = table.Column<DateOnly>(type: "date", nullable: true),
                    Begrunnelse = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    TildeltAv = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tildelt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kontaktperioder", x => x.Id);
                    table.CheckConstraint("CK_Kontaktperioder_Periode", "[Til] IS NULL OR [Til] >= [Fra]");
                    table.ForeignKey(
                        name: "FK_Kontaktperioder_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_Planlagte",
                table: "Besok",
                columns: new[] { "Dato", "UtfortAv" },
                filter: "[Status] = 'Planlagt'");

            migrationBuilder.CreateIndex(
                name: "IX_Besok_SakId_Dato",
                table: "Besok",
                columns: new[] { "SakId", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Besok_SakId_Utfall_Dato",
                table: "Besok",
                columns: new[] { "SakId", "Utfall", "Dato" });

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_BrukerId_Til",
                table: "Kontaktperioder",
                columns: new[] { "BrukerId", "Til" });

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_EnApenPerRolle",
                table: "Kontaktperioder",
                columns: new[] { "SakId", "Rolle" },
                unique: true,
                filter: "[Til] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktperioder_SakId_Fra",
                table: "Kontaktperioder",
                columns: new[] { "SakId", "Fra" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Besok");

            migrationBuilder.DropTable(
                name: "Kontaktperioder");
        }
    }
}
