briefingSearch.terms("ec",{"economic":[1,1],"economically":[1,1]});
