briefingSearch.terms("sh",{"sharpened":[0,1],"shells":[1,1],"shipyard":[0,1],"should":[1,5],"shows":[1,1]});
