using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OppfolgingMoterOgPlaner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndividuellePlaner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Maal = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Ressurser = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Behov = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Deltakere = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Tiltak = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Gjennomforing = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Samarbeid = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PeriodeFra = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeTil = table.Column<DateOnly>(type: "date", nullable: false),
                    Revisjonsdato = table.Column<DateOnly>(type: "date", nullable: false),
                    SamtykkeDato = table.Column<DateOnly>(type: "date", nullable: false),
                    Samtykkeform = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    SamtykkerTilDeling = table.Column<bool>(type: "bit", nullable: false),
                    OpprettetAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Opprettet = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Revisjoner = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividuellePlaner", x => x.Id);
                    table.CheckConstraint("CK_IndividuellePlaner_Periode", "[PeriodeTil] >= [PeriodeFra]");
                    table.CheckConstraint("CK_IndividuellePlaner_Samtykkeform", "[Samtykkeform] IN ('Muntlig', 'Skriftlig')");
                    table.ForeignKey(
                        name: "FK_IndividuellePlaner_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kriseplaner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Varselsignaler = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tiltak = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Kontakter = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AvtaltMedInnbygger = table.Column<DateOnly>(type: "date", nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kriseplaner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kriseplaner_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Samarbeidsavtaler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AvtaltDato = table.Column<DateOnly>(type: "date", nullable: false),
                    Plikter = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AndrePlikter = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    TjenestensPlikter = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SignertDato = table.Column<DateOnly>(type: "date", nullable: true),
                    SistEndretAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SistEndret = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samarbeidsavtaler", x => x.Id);
                    table.CheckConstraint("CK_Samarbeidsavtaler_Signert", "[SignertDato] IS NULL OR [SignertDato] >= [AvtaltDato]");
                    table.ForeignKey(
                        name: "FK_Samarbeidsavtaler_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Samarbeidsmoter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versjon = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dato = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    Deltakere = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InnbyggerDeltok = table.Column<bool>(type: "bit", nullable: false),
                    Referat = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Tiltak = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Korreksjoner = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RegistrertAv = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Registrert = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samarbeidsmoter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Samarbeidsmoter_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndividuellePlaner_Revisjonsdato",
                table: "IndividuellePlaner",
                column: "Revisjonsdato");

            migrationBuilder.CreateIndex(
                name: "IX_IndividuellePlaner_SakId",
                table: "IndividuellePlaner",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kriseplaner_SakId",
                table: "Kriseplaner",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Samarbeidsavtaler_SakId",
                table: "Samarbeidsavtaler",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Samarbeidsmoter_SakId_Dato",
                table: "Samarbeidsmoter",
                columns: new[] { "SakId", "Dato" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndividuellePlaner");

            migrationBuilder.DropTable(
                name: "Kriseplaner");

            migrationBuilder.DropTable(
                name: "Samarbeidsavtaler");

            migrationBuilder.DropTable(
                name: "Samarbeidsmoter");
        }
    }
}
