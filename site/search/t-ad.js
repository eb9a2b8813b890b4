briefingSearch.terms("ad",{"add":[1,2],"added":[1,1],"additional":[1,1],"adm":[1,1],"administration":[1,1],"advanced":[0,1,1,1],"advances":[1,2],"advancing":[1,1]});
