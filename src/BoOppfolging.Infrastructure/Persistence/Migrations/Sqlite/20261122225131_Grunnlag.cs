using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Grunnlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogg",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tidspunkt = table.Column<long>(type: "INTEGER", nullable: false),
                    BrukerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Handling = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    Beskrivelse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IpAdresse = table.Column<string>(type: "TEXT", unicode: false, maxLength: 45, nullable: true),
                    KorrelasjonsId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogg", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Personer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fornavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Etternavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fodselsnummer = table.Column<string>(type: "TEXT", unicode: false, maxLength: 11, nullable: true),
                    Fodselsdato = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Personer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referanseserier",
                columns: table => new
                {
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    SisteNummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referanseserier", x => x.Aar);
                });

            migrationBuilder.CreateTable(
                name: "Team",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Navn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Team", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fornavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Etternavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Deaktivert = table.Column<bool>(type: "INTEGER", nullable: false),
                    Opprettet = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Personer_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Personer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Saker",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Referanse = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kanal = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    Mottatt = table.Column<long>(type: "INTEGER", nullable: false),
                    Endret = table.Column<long>(type: "INTEGER", nullable: false),
                    SaksbehandlerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrimaerkontaktId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SekundaerkontaktId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Versjon = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Saker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Saker_Personer_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Personer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TeamMedlemmer",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrukerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMedlemmer", x => new { x.TeamId, x.BrukerId });
                    table.ForeignKey(
                        name: "FK_TeamMedlemmer_Team_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Team",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hendelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UtfortAv = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tidspunkt = table.Column<long>(type: "INTEGER", nullable: false),
                    Intern = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hendelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hendelser_Saker_SakId",
                        column: x => x.SakId,
                        principalTable: "Saker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId",
                unique: true,
                filter: "[PersonId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogg_BrukerId_Tidspunkt",
                table: "AuditLogg",
                columns: new[] { "BrukerId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogg_PersonId_Tidspunkt",
                table: "AuditLogg",
                columns: new[] { "PersonId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogg_SakId_Tidspunkt",
                table: "AuditLogg",
                columns: new[] { "SakId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Hendelser_SakId_Tidspunkt",
                table: "Hendelser",
                columns: new[] { "SakId", "Tidspunkt" });

            migrationBuilder.CreateIndex(
                name: "IX_Personer_Etternavn_Fornavn",
                table: "Personer",
                columns: new[] { "Etternavn", "Fornavn" });

            migrationBuilder.CreateIndex(
                name: "IX_Personer_Fodselsnummer",
                table: "Personer",
                column: "Fodselsnummer",
                unique: true,
                filter: "[Fodselsnummer] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Mottatt",
                table: "Saker",
                column: "Mottatt");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_PersonId",
                table: "Saker",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_PrimaerkontaktId",
                table: "Saker",
                column: "PrimaerkontaktId");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Referanse",
                table: "Saker",
                column: "Referanse",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SaksbehandlerId",
                table: "Saker",
                column: "SaksbehandlerId");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_SekundaerkontaktId",
                table: "Saker",
                column: "SekundaerkontaktId");

            migrationBuilder.CreateIndex(
                name: "IX_Saker_Status_Mottatt",
                table: "Saker",
                columns: new[] { "Status", "Mottatt" });

            migrationBuilder.CreateIndex(
                name: "IX_Saker_TeamId",
                table: "Saker",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Team_Navn",
                table: "Team",
                column: "Navn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMedlemmer_BrukerId",
                table: "TeamMedlemmer",
                column: "BrukerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLogg");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Hendelser");

            migrationBuilder.DropTable(
                name: "Referanseserier");

            migrationBuilder.DropTable(
                name: "TeamMedlemmer");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Saker");

            migrationBuilder.DropTable(
                name: "Team");

            migrationBuilder.DropTable(
                name: "Personer");
        }
    }
}
