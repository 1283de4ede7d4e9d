using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mottak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId",
                table: "Saker");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForelopigSvarSendt",
                table: "Saker",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hastegrad",
                table: "Saker",
                type: "TEXT",
                unicode: false,
                maxLength: 20,
                nullable: false,
                defaultValue: "Normal");

            migrationBuilder.AddColumn<string>(
                name: "Henleggelsesgrunn",
                table: "Saker",
                type: "TEXT",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KobletTilSakId",
                table: "Saker",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Mottakskontroll_DuplikatSjekket",
                table: "Saker",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Mottakskontroll_IMaalgruppen",
                table: "Saker",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mottakskontroll_Notat",
                table: "Saker",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Mottakskontroll_Over18",
                table: "Saker",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Mottakskontroll_Tidspunkt",
                table: "Saker",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Mottakskontroll_UtfortAv",
                table: "Saker",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnskerHjelpOgSamtykker",
                table: "Saker",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Applying is asking for help: cases made from applications before this column existed want it too.
            migrationBuilder.Sql("UPDATE Saker SET OnskerHjelpOgSamtykker = 1 WHERE Kanal = 'Soknad'");

            migrationBuilder.CreateTable(
                name: "Brev",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Tittel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InnholdJson = table.Column<string>(type: "TEXT", nullable: false),
                    OpprettetAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    SendtDato = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Forsendelse = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    SendtAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Registrert = table.Column<long>(type: "INTEGER", nullable: true),
                    DokumentNokkel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: true),
                    LovetDato = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    Storrelse = table.Column<long>(type: "INTEGER", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brev", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Brev_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Henvendelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mottaksform = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    MelderNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MelderRolle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MelderTelefon = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MelderEpost = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Beskrivelse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Hastegrad = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Henvendelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Henvendelser_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Henvisninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tjeneste = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Begrunnelse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UtfortAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tidspunkt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Henvisninger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Henvisninger_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kontaktforsok",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dato = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Resultat = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    SamtykkeGitt = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UtfortAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Registrert = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kontaktforsok", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kontaktforsok_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Opplysningsbehov",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Beskrivelse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Frist = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BedtAv = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bedt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mottatt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opplysningsbehov", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opplysningsbehov_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Frist",
                table: "Saker",
                column: "Frist");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId_Frist",
                table: "Saker",
                columns: new[] { "SaksbehandlerId", "Frist" });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_Hastegrad_Frist",
                table: "Saker",
                columns: new[] { "Status", "Hastegrad", "Frist" });

            migrationBuilder.CreateIndex(
                name: "IX_Brev_SakId_Opprettet",
                table: "Brev",
                columns: new[] { "SakId", "Opprettet" });

            migrationBuilder.CreateIndex(
                name: "IX_Henvendelser_SakId",
                table: "Henvendelser",
                column: "SakId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Henvisninger_SakId",
                table: "Henvisninger",
                column: "SakId");

            migrationBuilder.CreateIndex(
                name: "IX_Kontaktforsok_SakId_Registrert",
                table: "Kontaktforsok",
                columns: new[] { "SakId", "Registrert" });

            migrationBuilder.CreateIndex(
                name: "IX_Opplysningsbehov_SakId_Bedt",
                table: "Opplysningsbehov",
                columns: new[] { "SakId", "Bedt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Brev");

            migrationBuilder.DropTable(
                name: "Henvendelser");

            migrationBuilder.DropTable(
                name: "Henvisninger");

            migrationBuilder.DropTable(
                name: "Kontaktforsok");

            migrationBuilder.DropTable(
                name: "Opplysningsbehov");

            migrationBuilder.DropIndex(
                name: "IX_Saker_Frist",
                table: "Saker");

            migrationBuilder.DropIndex(
                name: "IX_Saker_SaksbehandlerId_Frist",
                table: "Saker");

            migrationBuilder.DropIndex(
                name: "IX_Saker_Status_Hastegrad_Frist",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "ForelopigSvarSendt",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Hastegrad",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Henleggelsesgrunn",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "KobletTilSakId",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_DuplikatSjekket",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_IMaalgruppen",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_Notat",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_Over18",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_Tidspunkt",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "Mottakskontroll_UtfortAv",
                table: "Saker");

            migrationBuilder.DropColumn(
                name: "OnskerHjelpOgSamtykker",
                table: "Saker");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId",
                table: "Saker",
                column: "SaksbehandlerId");
        }
    }
}
